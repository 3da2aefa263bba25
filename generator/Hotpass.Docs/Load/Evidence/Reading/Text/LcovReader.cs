using System.Globalization;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence.Reading.Text;

/// <summary>lcov tracefiles: line totals from LF/LH (or counted from DA lines when a record has none), branches from
/// BRF/BRH. lcov carries no time, so its evidence needs a sidecar.</summary>
internal sealed class LcovReader : IEvidenceReader
{
    public string FormatName => "lcov";

    public long MaxBytes => EvidenceLimits.TextBytes;

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics)
    {
        long lf = 0, lh = 0, brf = 0, brh = 0, records = 0;
        long? recordLf = null, recordLh = null;
        long daFound = 0, daHit = 0;
        foreach (var raw in TextLines.Of(input.Bytes))
        {
            var line = raw.Trim();
            if (line.StartsWith("SF:", StringComparison.Ordinal)) { records++; recordLf = recordLh = null; daFound = daHit = 0; }
            else if (line.StartsWith("DA:", StringComparison.Ordinal))
            {
                daFound++;
                var parts = line[3..].Split(',');
                if (parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var hits) && hits > 0) daHit++;
            }
            else if (line.StartsWith("LF:", StringComparison.Ordinal)) recordLf = Number(line);
            else if (line.StartsWith("LH:", StringComparison.Ordinal)) recordLh = Number(line);
            else if (line.StartsWith("BRF:", StringComparison.Ordinal)) brf += Number(line);
            else if (line.StartsWith("BRH:", StringComparison.Ordinal)) brh += Number(line);
            else if (line == "end_of_record")
            {
                lf += recordLf ?? daFound;
                lh += recordLh ?? daHit;
            }
        }
        if (records == 0)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceInvalid, input.FileLocation, FormatName, "no SF: record");
            return null;
        }
        var facts = new CoverageFacts(lf > 0 ? (double)lh / lf : null, brf > 0 ? (double)brh / brf : null, lh, lf, brh, brf);
        return new EvidenceRead(new EvidenceFormat(FormatName), facts, null);
    }

    private static long Number(string line) =>
        long.TryParse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
