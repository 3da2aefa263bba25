using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model.Facts;
using Hotpass.Docs.Render.Markdown;
using Hotpass.Docs.Render.Output;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Parses a page's markdown once into its <see cref="PageDocument"/>. The body HTML is rendered from the same
/// tree here, so the tree (many times the size of the text) is dropped before the next page is read.</summary>
public sealed class PageDocumentReader(MarkdownRenderer renderer)
{
    public PageDocument Read(PageSource page, DiagnosticBag diagnostics)
    {
        try
        {
            return ReadChecked(page, diagnostics);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's guard against hostile nesting (thousands of '>', '[' or '*'): it throws rather than overflow the stack.
            diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, new SourceLocation(page.SourcePath, page.BodyFirstLine, 1));
            return PageDocument.Empty;
        }
    }

    private PageDocument ReadChecked(PageSource page, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(page.Body, renderer.Pipeline);
        var html = Sanitized(renderer.Render(document), document, page, diagnostics);
        var links = LinkCollector.Collect(document, page, diagnostics);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new HeadingFact(h.Level, h.GetAttributes().Id, HeadingOutline.PlainText(h.Inline)))
            .ToList();
        var tables = TableCollector.Collect(document, page);
        var text = PlainTextCollector.Collect(document);
        return new PageDocument(System.Text.Encoding.UTF8.GetBytes(html), headings, links, IdsIn(html), tables, text);
    }

    private static string Sanitized(string html, MarkdownDocument document, PageSource page, DiagnosticBag diagnostics)
    {
        var raw = FirstRawHtml(document);
        if (raw is null) return html;
        var (clean, removed) = HtmlSafety.Sanitize(html);
        if (removed.Count > 0)
        {
            var at = new SourceLocation(page.SourcePath, raw.Line + page.BodyFirstLine, raw.Column + 1);
            diagnostics.Report(DiagnosticCodes.UnsafeHtml, at, string.Join(", ", removed.Distinct()));
        }
        return clean;
    }

    private static HashSet<string> IdsIn(string html)
    {
        var found = new List<HtmlAttributeValue>();
        HtmlAttributeScanner.Scan(html, 0, html.Length, found);
        return found.Where(a => a.Kind == HtmlAttributeKind.Id).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
    }

    private static MarkdownObject? FirstRawHtml(MarkdownDocument document)
    {
        MarkdownObject? first = null;
        foreach (var node in document.Descendants())
        {
            if (node is not (HtmlBlock or Markdig.Syntax.Inlines.HtmlInline)) continue;
            if (first is null || node.Line < first.Line || (node.Line == first.Line && node.Column < first.Column)) first = node;
        }
        return first;
    }
}
