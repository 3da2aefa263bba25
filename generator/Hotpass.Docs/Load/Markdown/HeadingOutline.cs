using System.Text;
using Markdig.Syntax.Inlines;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>The plain text of inline markdown (headings, cells): literal text and code, markup dropped.</summary>
internal static class HeadingOutline
{
    public static string PlainText(ContainerInline? container)
    {
        var text = new StringBuilder();
        AppendPlainText(container, text);
        return text.ToString();
    }

    /// <summary>Appends the plain text of <paramref name="container"/>, trimmed, to <paramref name="text"/>, so a page's
    /// text is built in one buffer rather than a string per block.</summary>
    /// <returns>Whether it added anything.</returns>
    public static bool AppendPlainText(ContainerInline? container, StringBuilder text)
    {
        var start = text.Length;
        Append(container, text);
        return TrimFrom(text, start);
    }

    /// <summary>Trims white space (as <see cref="string.Trim()"/> does) off what <paramref name="text"/> holds from
    /// <paramref name="start"/> on; whether anything is left there.</summary>
    internal static bool TrimFrom(StringBuilder text, int start)
    {
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        text.Length = end;
        var first = start;
        while (first < end && char.IsWhiteSpace(text[first])) first++;
        if (first > start) text.Remove(start, first - start);
        return text.Length > start;
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
