using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Hotpass.Docs.Render.Markdown;

/// <summary>Renders a parsed page body with one frozen Markdig pipeline shared by every thread, mapping each link URL
/// onto its output as it is written.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline)
{
    public MarkdownPipeline Pipeline => pipeline;

    public string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = LinkRewriter.MapForOutput };
        pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}
