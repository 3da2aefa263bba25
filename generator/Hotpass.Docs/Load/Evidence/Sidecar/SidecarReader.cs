using System.Globalization;
using System.Text;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Load.Evidence.Sidecar;

/// <summary>Reads a sidecar with the located YAML reader, so an unknown key or a bad time is reported at its line.</summary>
public static class SidecarReader
{
    public static IReadOnlyList<string> Keys { get; } = ["id", "title", "collected_at", "commit", "source_url", "description"];

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd",
    ];

    /// <param name="path">Site-relative path of the sidecar, for diagnostics.</param>
    public static EvidenceSidecar? Read(string fullPath, string path, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > EvidenceLimits.SidecarBytes)
            {
                diagnostics.Report(DiagnosticCodes.EvidenceTooLarge, SourceLocation.File(path), "Sidecar", info.Length, EvidenceLimits.SidecarBytes);
                return null;
            }
            text = Encoding.UTF8.GetString(File.ReadAllBytes(fullPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceUnreadable, SourceLocation.File(path), e.Message);
            return null;
        }
        return Parse(text, path, diagnostics);
    }

    public static EvidenceSidecar? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var root = YamlDocumentReader.Read(text.TrimStart('\uFEFF'), path, 1, diagnostics);
        if (root is null)
        {
            if (!string.IsNullOrWhiteSpace(text)) return null;
            diagnostics.Report(DiagnosticCodes.SidecarInvalid, SourceLocation.File(path), "is empty: it must be a mapping of keys to values");
            return null;
        }
        if (root is not YamlMapping map)
        {
            diagnostics.Report(DiagnosticCodes.SidecarInvalid, root.Location, "must be a mapping of keys to values");
            return null;
        }
        foreach (var (key, _) in map.Entries)
            if (!Keys.Contains(key.Value))
                diagnostics.Report(DiagnosticCodes.SidecarUnknownKey, key.Location, key.Value, DidYouMean(key.Value));
        var fields = new FieldReader(map, diagnostics);
        var collectedAt = fields.Scalar("collected_at");
        var time = Time(collectedAt, diagnostics);
        return new EvidenceSidecar(path, fields.Text("id"), fields.Text("title"), time,
            fields.Text("commit"), fields.Text("source_url"), fields.Text("description"))
        {
            CollectedAtLocation = time is null ? null : collectedAt!.Location,
            SourceUrlLocation = map.Entries.FirstOrDefault(e => e.Key.Value == "source_url").Key?.Location,
        };
    }

    private static DateTimeOffset? Time(YamlScalar? scalar, DiagnosticBag diagnostics)
    {
        if (scalar is null) return null;
        if (DateTimeOffset.TryParseExact(scalar.Value.Trim(), TimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            && (scalar.Value.Trim().Length == 10 || HasZone(scalar.Value.Trim())))
            return time;
        diagnostics.Report(DiagnosticCodes.SidecarBadTime, scalar.Location, scalar.Value);
        return null;
    }

    private static bool HasZone(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    /// <summary>A known key within two edits, as " (did you mean 'x'?)", else empty.</summary>
    internal static string DidYouMean(string key)
    {
        var best = Keys.Select(k => (Key: k, Distance: Distance(key, k))).MinBy(p => p.Distance);
        return best.Distance <= 2 ? $" (did you mean '{best.Key}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
