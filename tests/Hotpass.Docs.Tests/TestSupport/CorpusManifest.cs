namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>The rows of a corpus folder's MANIFEST.md: file name, what a reader should do, what the source repository
/// says, and the collecting script's facts as <c>key=value</c> pairs.</summary>
public sealed record CorpusManifestRow(string File, string Should, string SourceSays, IReadOnlyDictionary<string, string> Helper)
{
    public bool NoTime => Should.Contains("NO TIME", StringComparison.Ordinal);

    public static string? CorpusRoot
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static IReadOnlyList<CorpusManifestRow> Read(string folder)
    {
        var rows = new List<CorpusManifestRow>();
        foreach (var line in System.IO.File.ReadLines(Path.Combine(folder, "MANIFEST.md")))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal)) continue;
            var cells = line.Split('|');
            var file = cells[1].Trim();
            file = file[1..file.IndexOf('`', 1)];
            var helper = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in cells[8].Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0) helper[pair[..eq].Replace("json: ", "", StringComparison.Ordinal)] = pair[(eq + 1)..];
            }
            rows.Add(new CorpusManifestRow(file, cells[6].Trim(), cells[7].Trim(), helper));
        }
        return rows;
    }

    /// <summary><c>a:1,b:2</c> as a dictionary.</summary>
    public static Dictionary<string, int> Counts(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return counts;
        foreach (var part in text.Split(','))
        {
            var colon = part.LastIndexOf(':');
            if (colon > 0 && int.TryParse(part[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var n)) counts[part[..colon]] = n;
        }
        return counts;
    }

    /// <summary>A number after <paramref name="key"/>= in the Source says text (<c>tests=6 passed=5 …</c>).</summary>
    public int? Source(string key)
    {
        var match = System.Text.RegularExpressions.Regex.Match(SourceSays, @"(?:^|[\s,])" + System.Text.RegularExpressions.Regex.Escape(key) + @"=(\d+)");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
