using System.Text;
using Markdig.Syntax.Inlines;

namespace Hotpass.Docs.Render.Markdown;

/// <summary>The plain text of inline markdown (headings, cells): literal text and code, markup dropped.</summary>
public static class HeadingOutline
{
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
