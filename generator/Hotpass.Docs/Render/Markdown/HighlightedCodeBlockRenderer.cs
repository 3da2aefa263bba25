using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Hotpass.Docs.Render.Markdown;

/// <summary>Renders fenced and indented code blocks through <see cref="CodeHighlighter"/>.</summary>
public sealed class HighlightedCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var language = (block as FencedCodeBlock)?.Info?.Trim();
        if (string.IsNullOrEmpty(language)) language = null;
        var code = block.Lines.ToString();
        if (code.Length > 0 && !code.EndsWith('\n')) code += "\n";

        renderer.EnsureLine();
        // tabindex lets keyboard users scroll a long line sideways (axe: scrollable-region-focusable).
        renderer.Write("<pre class=\"code\" tabindex=\"0\"");
        if (language is not null) renderer.Write(" data-lang=\"").WriteEscape(language).Write('"');
        renderer.Write("><code");
        if (language is not null) renderer.Write(" class=\"language-").WriteEscape(language).Write('"');
        renderer.Write('>');
        renderer.Write(CodeHighlighter.ToHtml(code, language));
        renderer.WriteLine("</code></pre>");
    }
}
