using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Renders a parsed page body with one frozen Markdig pipeline shared by every thread, mapping each link URL
/// onto its output as it is written.</summary>
internal sealed class MarkdownRenderer(MarkdownPipeline pipeline)
{
    // One renderer per thread, set up once and cleared between pages (as Markdig's own ToHtml pools them): setting one
    // up makes every extension's object renderers, and its writer grows afresh, which cost more than a small page.
    [ThreadStatic] private static ReusableHtmlRenderer? t_renderer;

    public MarkdownPipeline Pipeline => pipeline;

    public string Render(MarkdownDocument document)
    {
        var renderer = t_renderer;
        if (renderer is null || !ReferenceEquals(renderer.Pipeline, pipeline)) t_renderer = renderer = new ReusableHtmlRenderer(pipeline);
        renderer.Clear();
        try
        {
            renderer.Render(document);
        }
        catch
        {
            // A render cut short may leave the renderer's flags mid-change: the next page gets a fresh one.
            t_renderer = null;
            throw;
        }
        return renderer.Writer.ToString()!;
    }

    private sealed class ReusableHtmlRenderer : HtmlRenderer
    {
        public ReusableHtmlRenderer(MarkdownPipeline pipeline) : base(new StringWriter())
        {
            Pipeline = pipeline;
            LinkRewriter = Urls.LinkRewriter.MapForOutput;
            pipeline.Setup(this);
        }

        public MarkdownPipeline Pipeline { get; }

        /// <summary>Empties the writer and resets the indentation state, keeping the writer's room.</summary>
        public void Clear() => Reset();
    }
}
