using System.Text.Json;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>SPDX 2.2 and 2.3 JSON: document name, described package, packages by purpose, licences, creator tools.</summary>
internal sealed class SpdxJsonReader : IEvidenceReader
{
    public string FormatName => "SPDX JSON";

    public long MaxBytes => EvidenceLimits.DocumentBytes;

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics)
    {
        using var doc = JsonDoc.Parse(input, input.Bytes, diagnostics);
        if (doc is null) return null;
        JsonElement? root = doc.RootElement;
        var version = root.Str("spdxVersion");
        if (!SpecVersions.Accept(version, SpecVersions.Spdx, FormatName, input, diagnostics)) return null;
        var tally = new SbomTally { SubjectName = root.Str("name"), Files = root.Items("files").Count() };
        var described = new HashSet<string>(JsonValues.Strings(root.Get("documentDescribes")), StringComparer.Ordinal);
        foreach (var rel in root.Items("relationships"))
            if (rel.Str("spdxElementId") == "SPDXRef-DOCUMENT" && rel.Str("relationshipType") == "DESCRIBES")
                described.Add(rel.Str("relatedSpdxElement") ?? "");
        foreach (var package in root.Items("packages"))
        {
            tally.Component(package.Str("primaryPackagePurpose") ?? "package");
            tally.License(package.Str("licenseConcluded"));
            tally.License(package.Str("licenseDeclared"));
            if (described.Contains(package.Str("SPDXID") ?? "\0"))
            {
                tally.SubjectName = package.Str("name") ?? tally.SubjectName;
                tally.SubjectVersion = package.Str("versionInfo");
                described.Clear();
            }
        }
        var creation = root.Get("creationInfo");
        foreach (var creator in JsonValues.Strings(creation.Get("creators")))
            if (creator.StartsWith("Tool:", StringComparison.Ordinal)) tally.Tool(null, creator[5..].Trim(), null);
        var created = creation.Str("created");
        var time = EvidenceTime.Parse(created, "creationInfo.created", input, diagnostics);
        return new EvidenceRead(new EvidenceFormat(FormatName, version), tally.ToFacts(), time);
    }
}
