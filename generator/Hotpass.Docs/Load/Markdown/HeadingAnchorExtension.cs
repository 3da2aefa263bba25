using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Markdig extension that swaps the heading renderer for <see cref="AnchoredHeadingRenderer"/>.</summary>
internal sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new AnchoredHeadingRenderer());
    }
}
