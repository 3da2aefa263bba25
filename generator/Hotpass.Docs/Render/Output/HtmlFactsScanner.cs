using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Html;

namespace Hotpass.Docs.Render.Output;

/// <summary>Draws the <see cref="HtmlFacts"/> of a written page: every id in it; the markdown body's links from its
/// parsed document (so they keep their source line); every other link attributed to the template, or, inside the
/// body but not from the markdown tree (footnote links), to the markdown file.</summary>
internal static class HtmlFactsScanner
{
    /// <param name="body">The body HTML as the layout received it.</param>
    /// <param name="reused">Where the page holds output whose facts were drawn once (<see cref="ReusedOutput"/>); their
    /// text is not scanned again, and their links are the ones every page showing them shares.</param>
    public static HtmlFacts Scan(ReadOnlySpan<char> html, string templateSource, PageDocument? document, string body, string? markdownSource,
        ReusedSpans? reused = null)
    {
        var bodyStart = body.Length == 0 ? -1 : html.IndexOf(body.AsSpan());
        var bodyEnd = bodyStart < 0 ? -1 : bodyStart + body.Length;
        var attributes = new List<HtmlAttributeValue>();
        var shared = Attributes(html, reused, bodyStart, bodyEnd, attributes);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<OutputLink>();
        var fromTree = new Dictionary<string, int>(StringComparer.Ordinal);
        if (document is not null)
        {
            foreach (var link in document.Links)
            {
                links.Add(new OutputLink(link.Href, link.Written, link.Kind, link.Location, FromTemplate: false));
                var key = Key(link.Href);
                fromTree[key] = fromTree.GetValueOrDefault(key) + 1;
            }
        }

        // The first <base href> in the page wins, as in a browser.
        (string Value, int Index)? baseHref = null;
        var template = SourceLocation.File(templateSource);
        foreach (var attribute in attributes)
        {
            if (attribute.Kind == HtmlAttributeKind.Id)
            {
                ids.Add(attribute.Value);
                continue;
            }
            if (attribute.Kind == HtmlAttributeKind.BaseHref)
            {
                baseHref ??= (attribute.Value, attribute.Index);
                continue;
            }
            var inBody = attribute.Index >= bodyStart && attribute.Index < bodyEnd;
            foreach (var url in Urls(attribute))
            {
                if (inBody && fromTree.TryGetValue(Key(url), out var count) && count > 0)
                {
                    fromTree[Key(url)] = count - 1;
                    continue;
                }
                var origin = inBody && markdownSource is not null ? SourceLocation.File(markdownSource) : template;
                links.Add(new OutputLink(url, url, KindOf(attribute), origin, FromTemplate: !inBody));
            }
        }
        foreach (var (start, output) in shared)
        {
            foreach (var attribute in output.Attributes!)
            {
                if (attribute.Kind == HtmlAttributeKind.Id) ids.Add(attribute.Value);
                else if (attribute.Kind == HtmlAttributeKind.BaseHref && !(baseHref?.Index < start + attribute.Index)) baseHref = (attribute.Value, start + attribute.Index);
            }
            links.AddRange(output.LinksFor(templateSource));
        }
        return new HtmlFacts(ids, links, baseHref?.Value);
    }

    /// <summary>Scans <paramref name="html"/> into <paramref name="into"/>, except the reused outputs that stand alone
    /// and lie outside the body, which it returns instead. Any doubt (a span that does not stand alone, the text before it
    /// ending inside an attribute) scans that text as usual, so the facts are always those of one plain scan.</summary>
    private static List<(int Start, ReusedOutput Output)> Attributes(ReadOnlySpan<char> html, ReusedSpans? reused, int bodyStart, int bodyEnd, List<HtmlAttributeValue> into)
    {
        var shared = new List<(int Start, ReusedOutput Output)>();
        var from = 0;
        foreach (var (start, output) in reused?.Spans ?? [])
        {
            var end = start + output.Text.Length;
            if (start < from || end > html.Length || output.Attributes is null || (start < bodyEnd && end > bodyStart)) continue;
            var before = into.Count;
            if (!HtmlAttributeScanner.Scan(html, from, start, into, floor: 0))
            {
                into.RemoveRange(before, into.Count - before);
                continue;
            }
            shared.Add((start, output));
            from = end;
        }
        HtmlAttributeScanner.Scan(html, from, html.Length, into, floor: 0);
        return shared;
    }

    internal static IEnumerable<string> Urls(HtmlAttributeValue attribute) =>
        attribute.Kind == HtmlAttributeKind.Srcset ? HtmlAttributeScanner.SrcsetUrls(attribute.Value) : [attribute.Value];

    internal static LinkKind KindOf(HtmlAttributeValue attribute) => attribute.Kind == HtmlAttributeKind.Href ? LinkKind.Link : LinkKind.Resource;

    /// <summary>The renderer percent-encodes what the author wrote (<c>café.md</c> → <c>caf%C3%A9.html</c>): compare decoded.</summary>
    private static string Key(string url) => url.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(url) : url;
}
