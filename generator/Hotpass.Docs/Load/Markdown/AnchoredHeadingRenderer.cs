using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Writes a heading that has an id with a link to itself beside it, as GitHub does: the heading and the link in a
/// <c>div class="heading heading-N"</c>, so the link (named "Link to this section: TEXT") is its own tab stop and not part
/// of the heading's accessible name. The theme shows it on hover and on focus; the link gate checks it as any fragment.</summary>
internal sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock block)
    {
        var tag = "h" + block.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = block.GetAttributes().Id;
        var anchored = !string.IsNullOrEmpty(id);
        renderer.EnsureLine();
        if (anchored) renderer.Write("<div class=\"heading heading-").Write(block.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
        renderer.Write('<').Write(tag).WriteAttributes(block).Write('>');
        renderer.WriteLeafInline(block);
        renderer.Write("</").Write(tag).Write('>');
        if (anchored)
        {
            renderer.Write("<a class=\"heading-anchor\" href=\"#").WriteEscape(id).Write("\" aria-label=\"Link to this section: ")
                .WriteEscape(HeadingOutline.PlainText(block.Inline)).Write("\">#</a></div>");
        }
        renderer.WriteLine();
    }
}
