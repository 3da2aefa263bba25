using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Writes each table inside a focusable, labelled region that scrolls sideways by itself, so a wide table never
/// makes the page wider than a phone's screen and keyboard users can still scroll it.</summary>
internal sealed class ScrollingTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
            .WriteEscape(TableLabels.LabelOf(table)).WriteLine("\">");
        inner.Write(renderer, table);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
