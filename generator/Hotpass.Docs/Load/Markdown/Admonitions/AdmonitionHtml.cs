using Markdig.Renderers;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown.Admonitions;

/// <summary>The one way every admonition is written, whichever syntax made it: a <c>div</c> (or, collapsible, a
/// <c>details</c>) with the classes <c>admonition admonition-STYLE</c> (no style class for an unknown type: a neutral box),
/// its title as escaped text, then its blocks.</summary>
internal static class AdmonitionHtml
{
    /// <param name="title">The title as written; null for the kind's default, empty for none shown (still read out).</param>
    public static void Write(HtmlRenderer renderer, ContainerBlock block, AdmonitionKind kind, string? title, bool collapsible, bool open)
    {
        var element = collapsible ? "details" : "div";
        renderer.EnsureLine();
        renderer.Write('<').Write(element).Write(" class=\"admonition");
        if (kind.Style is { } style) renderer.Write(" admonition-").Write(style);
        renderer.Write('"');
        if (collapsible && open) renderer.Write(" open");
        renderer.WriteLine(">");

        var shown = title ?? kind.DefaultTitle;
        if (collapsible) renderer.Write("<summary class=\"admonition-title\">").WriteEscape(shown.Length > 0 ? shown : kind.DefaultTitle).WriteLine("</summary>");
        else if (shown.Length > 0) renderer.Write("<p class=\"admonition-title\">").WriteEscape(shown).WriteLine("</p>");
        else renderer.Write("<p class=\"admonition-title visually-hidden\">").WriteEscape(kind.DefaultTitle).WriteLine("</p>");

        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(block);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.EnsureLine();
        renderer.Write("</").Write(element).WriteLine(">");
    }
}
