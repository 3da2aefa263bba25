using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Hotpass.Docs.Load.Highlight;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Renders fenced and indented code blocks with the HTML <see cref="CodeBlockHighlighting"/> stored on them,
/// or as escaped text, inside a <c>div class="code-block"</c> that the theme's script adds a copy button to (so the
/// button needs no change to the page's layout, and without JavaScript there is none).</summary>
internal sealed class HighlightedCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var language = (block as FencedCodeBlock)?.Info?.Trim();
        if (string.IsNullOrEmpty(language)) language = null;

        renderer.EnsureLine();
        renderer.Write("<div class=\"code-block\">");
        // tabindex lets keyboard users scroll a long line sideways (axe: scrollable-region-focusable).
        renderer.Write("<pre class=\"code\" tabindex=\"0\"");
        if (language is not null) renderer.Write(" data-lang=\"").WriteEscape(language).Write('"');
        renderer.Write("><code");
        if (language is not null) renderer.Write(" class=\"language-").WriteEscape(language).Write('"');
        renderer.Write('>');
        var html = CodeBlockHighlighting.HtmlOf(block);
        if (html is not null) renderer.Write(html);
        else renderer.WriteEscape(CodeBlockHighlighting.CodeOf(block));
        renderer.WriteLine("</code></pre></div>");
    }
}
