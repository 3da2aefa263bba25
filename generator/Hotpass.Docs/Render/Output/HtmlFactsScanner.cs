using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model.Facts;

namespace Hotpass.Docs.Render.Output;

/// <summary>Draws the <see cref="HtmlFacts"/> of a written page: every id in it; the markdown body's links from its
/// parsed document (so they keep their source line); every other link attributed to the template, or, inside the
/// body but not from the markdown tree (footnote links), to the markdown file.</summary>
public static class HtmlFactsScanner
{
    /// <param name="body">The body HTML as the layout received it.</param>
    public static HtmlFacts Scan(string html, string templateSource, PageDocument? document, string body, string? markdownSource)
    {
        var attributes = new List<HtmlAttributeValue>();
        HtmlAttributeScanner.Scan(html, 0, html.Length, attributes);
        var bodyStart = body.Length == 0 ? -1 : html.IndexOf(body, StringComparison.Ordinal);
        var bodyEnd = bodyStart < 0 ? -1 : bodyStart + body.Length;

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

        string? baseHref = null;
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
                baseHref ??= attribute.Value;
                continue;
            }
            var inBody = attribute.Index >= bodyStart && attribute.Index < bodyEnd;
            foreach (var url in attribute.Kind == HtmlAttributeKind.Srcset ? HtmlAttributeScanner.SrcsetUrls(attribute.Value) : [attribute.Value])
            {
                if (inBody && fromTree.TryGetValue(Key(url), out var count) && count > 0)
                {
                    fromTree[Key(url)] = count - 1;
                    continue;
                }
                var kind = attribute.Kind == HtmlAttributeKind.Href ? LinkKind.Link : LinkKind.Resource;
                var origin = inBody && markdownSource is not null ? SourceLocation.File(markdownSource) : template;
                links.Add(new OutputLink(url, url, kind, origin, FromTemplate: !inBody));
            }
        }
        return new HtmlFacts(ids, links, baseHref);
    }

    /// <summary>The renderer percent-encodes what the author wrote (<c>café.md</c> → <c>caf%C3%A9.html</c>): compare decoded.</summary>
    private static string Key(string url) => url.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(url) : url;
}
