namespace Hotpass.Docs.Render.Markdown;

/// <summary>Maps link URLs as written in markdown onto the URLs written to the output: <c>.md</c> targets become their
/// <c>.html</c> output, folder links name their <c>index.html</c> (so file:// works), and a link with an unsafe scheme
/// becomes <c>#</c>. Applied by the HTML renderer as it writes each URL, so the parsed tree is never changed.</summary>
public static class LinkRewriter
{
    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    /// <summary>True for the schemes a published page may link to.</summary>
    public static bool IsSafeScheme(string scheme) => SafeSchemes.Contains(scheme);

    /// <summary>The URL written to the output for <paramref name="url"/>.</summary>
    public static string MapForOutput(string url)
    {
        var trimmed = url.Trim();
        return SchemeOf(trimmed) is { } scheme ? (IsSafeScheme(scheme) ? url : "#") : ToOutputUrl(trimmed);
    }

    /// <summary>Maps a relative link to a markdown source onto the URL of its output.</summary>
    public static string ToOutputUrl(string url)
    {
        if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal)) return url;
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var rest = cut < 0 ? "" : url[cut..];
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) path = path[..^3] + ".html";
        else if (path.Length > 0 && path.EndsWith('/')) path += "index.html";
        return path + rest;
    }

    /// <summary>The URL scheme (<c>javascript</c> in <c>javascript:…</c>), ignoring the control characters and
    /// whitespace browsers ignore; null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        // Most links hold nothing a browser would ignore; only those pay for a cleaned copy.
        var cleaned = url.AsSpan().ContainsAny(Ignored) ? new string([.. url.Where(c => !Ignored.Contains(c))]) : url;
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var slash = cleaned.AsSpan(0, colon).IndexOfAny('/', '?', '#');
        if (slash >= 0) return null;
        var scheme = cleaned.AsSpan(0, colon);
        return char.IsAsciiLetter(scheme[0]) && !scheme.ContainsAnyExcept(SchemeChars) ? scheme.ToString() : null;
    }

    // What browsers strip from a URL before reading its scheme: control characters and whitespace.
    private static readonly System.Buffers.SearchValues<char> Ignored = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => char.IsControl(c) || char.IsWhiteSpace(c))]);

    private static readonly System.Buffers.SearchValues<char> SchemeChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");
}
