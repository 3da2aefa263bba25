using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Text;

/// <summary>SPDX 2.2 and 2.3 tag-value: <c>Tag: value</c> lines, with <c>&lt;text&gt;…&lt;/text&gt;</c> values that may span lines.</summary>
internal sealed class SpdxTagValueReader : IEvidenceReader
{
    public string FormatName => "SPDX tag-value";

    public long MaxBytes => EvidenceLimits.TextBytes;

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics)
    {
        var tally = new SbomTally();
        string? version = null, created = null, described = null, currentId = null, currentName = null, currentVersion = null;
        var inText = false;
        var packages = 0;
        foreach (var line in TextLines.Of(input.Bytes))
        {
            if (inText)
            {
                if (line.Contains("</text>", StringComparison.Ordinal)) inText = false;
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.StartsWith('#') || colon <= 0) continue;
            var tag = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (value.StartsWith("<text>", StringComparison.Ordinal) && !value.Contains("</text>", StringComparison.Ordinal)) inText = true;
            switch (tag)
            {
                case "SPDXVersion": version ??= value; break;
                case "DocumentName": tally.SubjectName ??= value; break;
                case "Created": created ??= value; break;
                case "Creator" when value.StartsWith("Tool:", StringComparison.Ordinal): tally.Tool(null, value[5..].Trim(), null); break;
                case "Relationship" when value.StartsWith("SPDXRef-DOCUMENT DESCRIBES ", StringComparison.Ordinal):
                    described ??= value["SPDXRef-DOCUMENT DESCRIBES ".Length..].Trim();
                    break;
                case "PackageName":
                    packages++;
                    tally.Component(null);
                    currentName = value;
                    currentVersion = null;
                    currentId = null;
                    break;
                case "SPDXID" when currentName is not null && currentId is null:
                    currentId = value;
                    if (value == described) (tally.SubjectName, tally.SubjectVersion) = (currentName, null);
                    break;
                case "PackageVersion":
                    currentVersion = value;
                    if (currentId is not null && currentId == described) tally.SubjectVersion = value;
                    break;
                case "PackageLicenseConcluded" or "PackageLicenseDeclared": tally.License(value); break;
                case "FileName": tally.Files++; currentName = null; break;
            }
        }
        _ = currentVersion;
        if (!SpecVersions.Accept(version, SpecVersions.Spdx, FormatName, input, diagnostics)) return null;
        var time = EvidenceTime.Parse(created, "Created", input, diagnostics);
        return new EvidenceRead(new EvidenceFormat(FormatName, version), tally.ToFacts(), time);
    }
}
