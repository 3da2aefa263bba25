using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Markdig extension that swaps in <see cref="StrictTaskListInlineParser"/> and <see cref="AccessibleTaskListRenderer"/>;
/// add it after task lists.</summary>
internal sealed class AccessibleTaskListExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.Replace<TaskListInlineParser>(new StrictTaskListInlineParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HtmlTaskListRenderer>(new AccessibleTaskListRenderer());
    }
}
