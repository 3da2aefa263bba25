using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Markdig extension that wraps Markdig's table renderer in <see cref="ScrollingTableRenderer"/>; add it after the table extensions.</summary>
internal sealed class ScrollingTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var inner = html.ObjectRenderers.FindExact<HtmlTableRenderer>() ?? new HtmlTableRenderer();
        html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ScrollingTableRenderer(inner));
    }
}
