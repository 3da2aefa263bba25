using System.Text;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>The text a reader sees in a parsed page, one block per line: headings, paragraphs, cells and code.</summary>
internal static class PlainTextCollector
{
    // One per loading thread, reused from page to page: each page's text is built in place and copied out once.
    [ThreadStatic] private static StringBuilder? t_text;

    public static string Collect(MarkdownDocument document)
    {
        var text = t_text ??= new StringBuilder(16 * 1024);
        text.Clear();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HtmlBlock) continue;
            var before = text.Length;
            if (before > 0) text.Append('\n');
            var start = text.Length;
            var added = leaf is CodeBlock code
                ? HeadingOutline.TrimFrom(text.Append(code.Lines.ToString()), start)
                : HeadingOutline.AppendPlainText(leaf.Inline, text);
            if (!added) text.Length = before;
        }
        return text.ToString();
    }
}
