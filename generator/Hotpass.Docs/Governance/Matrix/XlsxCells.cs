using System.Text;
using SpreadCheetah;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>Cells of <c>matrix.xlsx</c> made from page text. A text cell is always a string cell (never a formula,
/// whatever its first character), and characters XML 1.0 cannot carry become U+FFFD, so no title can make the file
/// unreadable.</summary>
internal static class XlsxCells
{
    public static Cell Str(string? text) => new(Clean(text ?? ""));

    public static Cell Number(long? value) => value is { } v ? new Cell(v) : new Cell("");

    internal static string Clean(string text)
    {
        var i = 0;
        while (i < text.Length && IsXmlChar(text, i)) i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        if (i >= text.Length) return text;
        var clean = new StringBuilder(text.Length).Append(text, 0, i);
        while (i < text.Length)
        {
            if (IsXmlChar(text, i))
            {
                var width = char.IsHighSurrogate(text[i]) ? 2 : 1;
                clean.Append(text, i, width);
                i += width;
            }
            else
            {
                clean.Append('\uFFFD');
                i++;
            }
        }
        return clean.ToString();
    }

    /// <summary>XML 1.0's Char production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, and whole surrogate pairs.</summary>
    private static bool IsXmlChar(string text, int i)
    {
        var ch = text[i];
        if (char.IsHighSurrogate(ch)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        return ch is '\t' or '\n' or '\r' || (ch >= '\u0020' && ch <= '\uD7FF') || (ch >= '\uE000' && ch <= '\uFFFD');
    }
}
