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

    /// <summary>What browsers strip from a URL before reading its scheme: the characters <see cref="char.IsControl(char)"/>
    /// or <see cref="char.IsWhiteSpace(char)"/> (a test holds the two to the same set), listed so start-up does not scan
    /// every char.</summary>
    internal static readonly System.Buffers.SearchValues<char> Ignored = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0020" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\u00A0" +
        "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    private static readonly System.Buffers.SearchValues<char> SchemeChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");
}
