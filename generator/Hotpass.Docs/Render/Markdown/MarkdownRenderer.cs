using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Render.Highlight;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hotpass.Docs.Render.Markdown;

/// <summary>Parses and renders page bodies with one frozen Markdig pipeline shared by every thread.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline)
{
    public MarkdownPipeline Pipeline => pipeline;

    private static readonly RenderedMarkdown Empty = new("", []);

    public RenderedMarkdown Render(PageSource page, DiagnosticBag diagnostics)
    {
        try
        {
            return RenderChecked(page, diagnostics);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's guard against hostile nesting (thousands of '>', '[' or '*'): it throws rather than overflow the stack.
            diagnostics.Report(DiagnosticCodes.MarkdownTooDeep, new SourceLocation(page.SourcePath, page.BodyFirstLine, 1));
            return Empty;
        }
    }

    private RenderedMarkdown RenderChecked(PageSource page, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(page.Body, pipeline);
        LinkRewriter.Rewrite(document, page.SourcePath, page.BodyFirstLine, diagnostics);
        var toc = HeadingOutline.Collect(document);
        CodeBlockHighlighting.Apply(document, page, diagnostics);
        TableLabels.Apply(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        var html = writer.ToString();

        var raw = FirstRawHtml(document);
        if (raw is not null)
        {
            var (clean, removed) = HtmlSafety.Sanitize(html);
            html = clean;
            if (removed.Count > 0)
            {
                var at = new SourceLocation(page.SourcePath, raw.Line + page.BodyFirstLine, raw.Column + 1);
                diagnostics.Report(DiagnosticCodes.UnsafeHtml, at, string.Join(", ", removed.Distinct()));
            }
        }
        return new RenderedMarkdown(html, toc);
    }

    private static MarkdownObject? FirstRawHtml(MarkdownDocument document)
    {
        MarkdownObject? first = null;
        foreach (var node in document.Descendants())
        {
            if (node is not (HtmlBlock or HtmlInline)) continue;
            if (first is null || node.Line < first.Line || (node.Line == first.Line && node.Column < first.Column)) first = node;
        }
        return first;
    }
}
