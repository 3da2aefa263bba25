using Hotpass.Docs.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hotpass.Docs.Render.Markdown;

/// <summary>Rewrites links in a parsed page: <c>.md</c> targets become their <c>.html</c> output, folder links name
/// their <c>index.html</c> (so file:// works), and links with an unsafe scheme are removed and reported.</summary>
public static class LinkRewriter
{
    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    public static void Rewrite(MarkdownDocument document, string sourcePath, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline link when link.Url is not null:
                    link.Url = Rewrite(link.Url, link, sourcePath, bodyFirstLine, diagnostics);
                    break;
                case AutolinkInline auto when !auto.IsEmail:
                    auto.Url = Rewrite(auto.Url, auto, sourcePath, bodyFirstLine, diagnostics);
                    break;
            }
        }
    }

    private static string Rewrite(string url, Inline inline, string sourcePath, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var trimmed = url.Trim();
        var scheme = SchemeOf(trimmed);
        if (scheme is not null)
        {
            if (SafeSchemes.Contains(scheme)) return url;
            diagnostics.Report(DiagnosticCodes.UnsafeLink, new SourceLocation(sourcePath, inline.Line + bodyFirstLine, inline.Column + 1), scheme);
            return "#";
        }
        return ToOutputUrl(trimmed);
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
        var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return null;
        var scheme = cleaned[..colon];
        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme : null;
    }
}
