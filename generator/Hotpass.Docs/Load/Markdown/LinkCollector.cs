using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Html;
using Hotpass.Docs.Urls;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Collects every link and image of a parsed page with its source location, including those in raw HTML,
/// and reports links whose scheme is unsafe (the renderer writes them as <c>#</c>).</summary>
internal static class LinkCollector
{
    public static List<LinkFact> Collect(MarkdownDocument document, PageSource page, DiagnosticBag diagnostics)
    {
        var links = new List<LinkFact>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link:
                    Add(links, url, link.IsImage ? LinkKind.Resource : LinkKind.Link, At(page, link.Line, link.Column), diagnostics,
                        link.IsImage ? HeadingOutline.PlainText(link) : null);
                    break;
                case AutolinkInline { IsEmail: false } auto:
                    Add(links, auto.Url, LinkKind.Link, At(page, auto.Line, auto.Column), diagnostics);
                    break;
                case HtmlBlock block:
                    AddRaw(links, block.Lines.ToString(), page, block.Line, block.Column);
                    break;
                case HtmlInline inline:
                    AddRaw(links, inline.Tag, page, inline.Line, inline.Column);
                    break;
            }
        }
        return links;
    }

    private static void Add(List<LinkFact> links, string url, LinkKind kind, SourceLocation at, DiagnosticBag diagnostics, string? alt = null)
    {
        if (LinkRewriter.SchemeOf(url.Trim()) is { } scheme && !LinkRewriter.IsSafeScheme(scheme))
        {
            diagnostics.Report(DiagnosticCodes.UnsafeLink, at, scheme);
            return;
        }
        links.Add(new LinkFact(url, LinkRewriter.MapForOutput(url), kind, at, alt));
    }

    /// <summary>Raw HTML reaches the output as written (after sanitising), so its URLs are not mapped; unsafe ones
    /// are the sanitiser's to remove and report.</summary>
    private static void AddRaw(List<LinkFact> links, string html, PageSource page, int line, int column)
    {
        var found = new List<HtmlAttributeValue>();
        HtmlAttributeScanner.Scan(html, 0, html.Length, found, singleQuotes: true);
        var lines = found.Count == 0 ? null : new LineIndex(html);
        foreach (var attribute in found)
        {
            var lineInBlock = lines!.Locate(attribute.Index).Line;
            var at = lineInBlock == 0 ? At(page, line, column) : At(page, line + lineInBlock, 0);
            var kind = attribute.Kind == HtmlAttributeKind.Href ? LinkKind.Link : LinkKind.Resource;
            switch (attribute.Kind)
            {
                case HtmlAttributeKind.Href or HtmlAttributeKind.Src:
                    if (LinkRewriter.SchemeOf(attribute.Value.Trim()) is not { } scheme || LinkRewriter.IsSafeScheme(scheme))
                        links.Add(new LinkFact(attribute.Value, attribute.Value, kind, at));
                    break;
                case HtmlAttributeKind.Srcset:
                    foreach (var url in HtmlAttributeScanner.SrcsetUrls(attribute.Value))
                        links.Add(new LinkFact(url, url, LinkKind.Resource, at));
                    break;
            }
        }
    }

    private static SourceLocation At(PageSource page, int line, int column) => new(page.SourcePath, line + page.BodyFirstLine, column + 1);
}
