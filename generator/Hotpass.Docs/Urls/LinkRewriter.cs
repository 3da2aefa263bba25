namespace Hotpass.Docs.Urls;

/// <summary>Maps link URLs as written in markdown onto the URLs written to the output: <c>.md</c> targets become their
/// <c>.html</c> output, folder links name their <c>index.html</c> (so file:// works), and a link with an unsafe scheme
/// becomes <c>#</c>. Applied by the HTML renderer as it writes each URL, so the parsed tree is never changed.</summary>
internal static class LinkRewriter
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
        path = UrlPaths.OutputPathFor(path);
        if (path.Length > 0 && path.EndsWith('/')) path += "index.html";
        return path + rest;
    }

    /// <summary>The URL scheme (<c>javascript</c> in <c>javascript:…</c>), ignoring the control characters and
    /// whitespace browsers ignore; null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        // Every link of every page passes here (the link gate, the external-link report), so the URL is read in place:
        // a string is made only for a scheme, and a relative URL is known at its first character that no scheme has.
        var length = 0;
        var skipped = false;
        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c)) { skipped = true; continue; }
            if (c == ':') return length == 0 ? null : Scheme(url, length, skipped);
            if (!(length == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return null;
            length++;
        }
        return null;
    }

    /// <summary>The first <paramref name="length"/> characters of <paramref name="url"/> that are not control
    /// characters or whitespace.</summary>
    private static string Scheme(string url, int length, bool skipped)
    {
        if (!skipped) return url[..length];
        return string.Create(length, url, static (scheme, url) =>
        {
            var n = 0;
            foreach (var c in url)
            {
                if (n == scheme.Length) break;
                if (!char.IsControl(c) && !char.IsWhiteSpace(c)) scheme[n++] = c;
            }
        });
    }
}
