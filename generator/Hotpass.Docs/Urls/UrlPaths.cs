namespace Hotpass.Docs.Urls;

/// <summary>Maps content paths to output paths and makes the relative URLs that let a site work from any folder or file://.</summary>
internal static class UrlPaths
{
    private const string SourceExtension = ".md";
    private const string OutputExtension = ".html";
    private static readonly string[] Prefixes = [.. Enumerable.Range(0, 16).Select(d => string.Concat(Enumerable.Repeat("../", d)))];

    /// <summary><c>how-to/x.md</c> becomes <c>how-to/x.html</c>; a folder's <c>index.md</c> is its <c>index.html</c>.
    /// The one place this rule lives: page paths, links in markdown and link-gate suggestions all come here.</summary>
    public static string OutputPathFor(string contentPath) =>
        IsMarkdown(contentPath) ? contentPath[..^SourceExtension.Length] + OutputExtension : contentPath;

    /// <summary>The markdown name an output name is written from (<c>x.html</c> from <c>x.md</c>), for messages in the
    /// author's terms; a name that is not a page's stays as it is.</summary>
    public static string SourceNameFor(string outputName) =>
        outputName.EndsWith(OutputExtension, StringComparison.Ordinal) ? outputName[..^OutputExtension.Length] + SourceExtension : outputName;

    /// <summary>Whether a path names a markdown page (its extension in any case).</summary>
    public static bool IsMarkdown(string path) => path.EndsWith(SourceExtension, StringComparison.OrdinalIgnoreCase);

    public static string RootPrefix(int depth) =>
        depth < Prefixes.Length ? Prefixes[depth] : string.Concat(Enumerable.Repeat("../", depth));

    /// <summary>The folder part of a path, with its trailing '/', or "" at the root.</summary>
    public static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..(slash + 1)];
    }

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="fromPath"/>; null when it climbs above the root.</summary>
    public static string? Resolve(string fromPath, string relative)
    {
        var parts = new List<string>(FolderOf(fromPath).Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        var resolved = string.Join('/', parts);
        return relative.EndsWith('/') && resolved.Length > 0 ? resolved + "/" : resolved;
    }
}
