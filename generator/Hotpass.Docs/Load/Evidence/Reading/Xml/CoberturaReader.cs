using System.Globalization;
using System.Xml;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>Cobertura XML: the totals on the root <c>coverage</c> element; the timestamp in seconds or milliseconds.</summary>
internal sealed class CoberturaReader : XmlEvidenceReader
{
    public override string FormatName => "Cobertura XML";

    protected override EvidenceRead? Read(XmlReader reader, EvidenceInput input, DiagnosticBag diagnostics)
    {
        reader.MoveToContent();
        double? Rate(string name) =>
            double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1 ? v : null;
        long? Count(string name) =>
            double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? (long)v : null;
        var linesCovered = Count("lines-covered");
        var linesValid = Count("lines-valid");
        var branchesCovered = Count("branches-covered");
        var branchesValid = Count("branches-valid");
        var branchRate = Rate("branch-rate");
        var lineRate = Rate("line-rate") ?? (linesValid > 0 ? (double)linesCovered.GetValueOrDefault() / linesValid : null);
        if (lineRate is null)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceInvalid, input.FileLocation, FormatName, "the coverage element has no line-rate");
            return null;
        }
        var stamp = reader.GetAttribute("timestamp");
        var time = EvidenceTime.FromEpoch(stamp);
        if (stamp is not null && time is null) diagnostics.Report(DiagnosticCodes.EvidenceBadTime, input.FileLocation, "timestamp", stamp);
        // Reading on checks the rest is well-formed: a cut-off report must not pass on its header alone.
        while (reader.Read()) { }
        var facts = new CoverageFacts(lineRate, branchRate, linesCovered, linesValid, branchesCovered, branchesValid);
        return new EvidenceRead(new EvidenceFormat(FormatName, null), facts, time);
    }
}
