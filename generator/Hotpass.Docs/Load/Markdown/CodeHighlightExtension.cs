using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Markdig extension that swaps the plain code block renderer for the highlighting one.</summary>
internal sealed class CodeHighlightExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new HighlightedCodeBlockRenderer());
    }
}
