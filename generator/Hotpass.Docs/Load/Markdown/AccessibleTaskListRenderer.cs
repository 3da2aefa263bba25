using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Renders a task-list checkbox with an accessible name, which Markdig's own renderer leaves out
/// (axe reports unlabelled form controls as critical).</summary>
internal sealed class AccessibleTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(obj.Checked ? "[x]" : "[ ]");
            return;
        }
        renderer.Write(obj.Checked
            ? "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"Done\" />"
            : "<input disabled=\"disabled\" type=\"checkbox\" aria-label=\"Not done\" />");
    }
}
