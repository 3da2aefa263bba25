using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>One page of each type in a built site, found from its <c>manifest.json</c> so a page type added later
/// (risk, control, evidence, matrix pages) is covered without naming it. A type is the body's class (the layout's
/// kind) and whether the page holds a table or an SVG, since those carry their own accessibility rules.</summary>
internal static partial class PageTypes
{
    public static IReadOnlyList<string> In(string outDir)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        var byType = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            var path = file.GetProperty("path").GetString()!;
            if (!path.EndsWith(".html", StringComparison.Ordinal)) continue;
            var html = File.ReadAllText(Path.Combine(outDir, path));
            var type = (BodyClass().Match(html) is { Success: true } m ? m.Groups[1].Value : "(no class)")
                + (html.Contains("<table", StringComparison.Ordinal) ? " +table" : "")
                + (html.Contains("<svg", StringComparison.Ordinal) ? " +svg" : "");
            byType.TryAdd(type, path);
        }
        return [.. byType.Values];
    }

    [GeneratedRegex("<body[^>]*\\bclass=\"([^\"]*)\"")]
    private static partial Regex BodyClass();
}
