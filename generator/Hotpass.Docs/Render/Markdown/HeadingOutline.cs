using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hotpass.Docs.Render.Markdown;

/// <summary>Collects the level 2 and 3 headings of a page, with their ids, for "on this page".</summary>
public static class HeadingOutline
{
    public static IReadOnlyList<TocEntry> Collect(MarkdownDocument document)
    {
        var entries = new List<TocEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level is < 2 or > 3) continue;
            var id = heading.GetAttributes().Id;
            if (string.IsNullOrEmpty(id)) continue;
            entries.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline)));
        }
        return entries;
    }

    public static string PlainText(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline child: Append(child, text); break;
            }
        }
    }
}
