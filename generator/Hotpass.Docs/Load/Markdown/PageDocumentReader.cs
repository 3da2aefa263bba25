using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Highlight;
using Hotpass.Docs.Load.Html;
using Hotpass.Docs.Load.Markdown.Admonitions;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Parses a page's markdown once into its <see cref="PageDocument"/>. The body HTML is rendered from the same
/// tree here, so the tree (many times the size of the text) is dropped before the next page is read.</summary>
internal sealed class PageDocumentReader(MarkdownRenderer renderer)
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
        // Limits checked before the expensive steps, so a page's work stays linear in its size.
        if (PageComplexity.MarkdownProblem(page.Body) is { } tooMuch)
        {
            diagnostics.Report(DiagnosticCodes.PageTooComplex, new SourceLocation(page.SourcePath, page.BodyFirstLine, 1), tooMuch.What, tooMuch.Limit);
            return PageDocument.Empty;
        }
        var document = Markdig.Markdown.Parse(page.Body, renderer.Pipeline);
        CodeBlockHighlighting.Apply(document, page, diagnostics);
        AdmonitionCheck.Apply(document, page, diagnostics);
        TableLabels.Apply(document);
        if (Sanitized(renderer.Render(document), document, page, diagnostics) is not { } html) return PageDocument.Empty;
        var links = LinkCollector.Collect(document, page, diagnostics);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new HeadingFact(h.Level, h.GetAttributes().Id, HeadingOutline.PlainText(h.Inline)))
            .ToList();
        var tables = TableCollector.Collect(document, page);
        var text = PlainTextCollector.Collect(document);
        return new PageDocument(System.Text.Encoding.UTF8.GetBytes(html), headings, links, IdsIn(html), tables, text);
    }

    /// <summary>The body HTML made safe when the page has raw HTML; null (reported) when it cannot be.</summary>
    private static string? Sanitized(string html, MarkdownDocument document, PageSource page, DiagnosticBag diagnostics)
    {
        var raw = FirstRawHtml(document);
        if (raw is null) return html;
        var at = new SourceLocation(page.SourcePath, raw.Line + page.BodyFirstLine, raw.Column + 1);
        if (PageComplexity.HtmlProblem(html) is { } tooDeep)
        {
            diagnostics.Report(DiagnosticCodes.PageTooComplex, at, tooDeep.What, tooDeep.Limit);
            return null;
        }
        if (HtmlSafety.TrySanitize(html, out var failure) is not { } sanitised)
        {
            diagnostics.Report(DiagnosticCodes.SanitiserFailed, at, failure);
            return null;
        }
        if (sanitised.Removed.Count > 0)
            diagnostics.Report(DiagnosticCodes.UnsafeHtml, at, string.Join(", ", sanitised.Removed.Distinct()));
        if (sanitised.Dropped.Count > 0)
            diagnostics.Report(DiagnosticCodes.ContentDropped, at, string.Join(", ", sanitised.Dropped.Distinct()));
        return sanitised.Html;
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
