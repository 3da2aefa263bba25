using System.Text;
using Hotpass.Docs.Render.Markdown;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>The text a reader sees in a parsed page, one block per line: headings, paragraphs, cells and code.</summary>
internal static class PlainTextCollector
{
    public static string Collect(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            var line = leaf switch
            {
                HtmlBlock => "",
                CodeBlock code => code.Lines.ToString().Trim(),
                _ => HeadingOutline.PlainText(leaf.Inline),
            };
            if (line.Length == 0) continue;
            if (text.Length > 0) text.Append('\n');
            text.Append(line);
        }
        return text.ToString();
    }
}
