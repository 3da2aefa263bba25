using System.Buffers;
using System.Text;

namespace Hotpass.Docs.Load.Highlight;

/// <summary>Writes escaped code text as <c>&lt;span class&gt;</c> runs, merging neighbours of the same class so the page
/// carries one span per coloured word, not one per token. A span never crosses a line: each line closes its own, and a
/// token that runs on (a block comment) opens one again on the next.</summary>
internal sealed class SpanWriter(int capacity = 256)
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>");

    private readonly StringBuilder _html = new(capacity);
    private string? _open;

    public void Write(ReadOnlySpan<char> text, string? cls)
    {
        if (text.IsEmpty) return;
        if (!string.Equals(cls, _open, StringComparison.Ordinal))
        {
            Close();
            if (cls is not null) _html.Append("<span class=\"").Append(cls).Append("\">");
            _open = cls;
        }
        while (true)
        {
            var special = text.IndexOfAny(Special);
            if (special < 0)
            {
                _html.Append(text);
                return;
            }
            _html.Append(text[..special]).Append(text[special] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" });
            text = text[(special + 1)..];
        }
    }

    public void NewLine()
    {
        Close();
        _html.Append('\n');
    }

    public override string ToString()
    {
        Close();
        return _html.ToString();
    }

    /// <summary>Text escaped for HTML element content.</summary>
    public static string Escape(string text)
    {
        var writer = new SpanWriter(text.Length + 16);
        writer.Write(text, null);
        return writer.ToString();
    }

    private void Close()
    {
        if (_open is not null) _html.Append("</span>");
        _open = null;
    }
}
