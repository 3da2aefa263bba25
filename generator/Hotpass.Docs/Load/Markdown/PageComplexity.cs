namespace Hotpass.Docs.Load.Markdown;

/// <summary>A linear pass over a page body, before Markdig and the sanitiser see it, that refuses the constructs
/// whose cost in those libraries grows faster than the page: deeply nested or unclosed raw HTML (the sanitiser's
/// tree building and the reconstruction of open formatting elements), link openers, headings (unique ids are
/// found by retrying suffixes) and autolinks. Under these limits a page's work stays bounded by its size.</summary>
internal static class PageComplexity
{
    /// <summary>Limits, each far above any real page and low enough that a page at the limit renders in well under a second.</summary>
    public const int MaxHtmlDepth = 100;
    public const int MaxHtmlTags = 10_000;
    public const int MaxLinkOpeners = 2_000;
    public const int MaxHeadings = 1_000;
    public const int MaxAutolinks = 2_000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>Checks the markdown source before Markdig parses it; null when within every limit, else what it
    /// has too much of and the limit, for HPD132.</summary>
    public static (string What, int Limit)? MarkdownProblem(string body)
    {
        int openers = 0, headings = 0, autolinks = 0;
        var lineStart = true;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (lineStart && IsHeadingLine(body, i)) headings++;
            lineStart = c == '\n';
            switch (c)
            {
                case '[':
                    openers++;
                    break;
                case 'w' when string.CompareOrdinal(body, i, "www.", 0, 4) == 0:
                case ':' when string.CompareOrdinal(body, i, "://", 0, 3) == 0:
                    autolinks++;
                    break;
            }
        }
        if (openers > MaxLinkOpeners) return ($"{openers} link openers '['", MaxLinkOpeners);
        if (headings > MaxHeadings) return ($"{headings} headings", MaxHeadings);
        if (autolinks > MaxAutolinks) return ($"{autolinks} web addresses", MaxAutolinks);
        return null;
    }

    /// <summary>Checks the HTML Markdig made (where code is already escaped) before the sanitiser parses it.</summary>
    public static (string What, int Limit)? HtmlProblem(string html)
    {
        int depth = 0, maxDepth = 0, tags = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (!char.IsAsciiLetter(html[i + 1]) && html[i + 1] != '/') continue;
            tags++;
            depth = Math.Max(0, depth + TagDepthChange(html, i));
            maxDepth = Math.Max(maxDepth, depth);
        }
        if (maxDepth > MaxHtmlDepth) return ($"raw HTML nested or left open {maxDepth} elements deep", MaxHtmlDepth);
        if (tags > MaxHtmlTags) return ($"{tags} HTML tags", MaxHtmlTags);
        return null;
    }

    private static bool IsHeadingLine(string body, int i)
    {
        var spaces = 0;
        while (i < body.Length && body[i] == ' ' && spaces < 4) { i++; spaces++; }
        return spaces < 4 && i < body.Length && body[i] == '#';
    }

    /// <summary>+1 for an opening tag that is not void or self-closed, -1 for a closing tag, 0 otherwise.</summary>
    private static int TagDepthChange(string body, int i)
    {
        var closing = body[i + 1] == '/';
        var start = closing ? i + 2 : i + 1;
        var end = start;
        while (end < body.Length && end - start < 16 && char.IsAsciiLetterOrDigit(body[end])) end++;
        if (end == start) return 0;
        if (closing) return -1;
        if (VoidElements.Contains(body[start..end])) return 0;
        var close = body.IndexOf('>', end, Math.Min(1024, body.Length - end)); // bounded, so the pass stays linear
        return close > 0 && body[close - 1] == '/' ? 0 : 1;
    }
}
