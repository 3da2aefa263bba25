using System.Text;

namespace Hotpass.Docs.Render.Highlight;

/// <summary>Writes escaped code text as <c>&lt;span class&gt;</c> runs, merging neighbours of the same class so the page
/// carries one span per coloured word, not one per token.</summary>
internal sealed class SpanWriter
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _run = new();
    private string? _runClass;

    public void Write(ReadOnlySpan<char> text, string? cls)
    {
        if (text.IsEmpty) return;
        if (cls != _runClass) Flush();
        _runClass = cls;
        _run.Append(text);
    }

    public void NewLine()
    {
        Flush();
        _html.Append('\n');
    }

    public override string ToString()
    {
        Flush();
        return _html.ToString();
    }

    /// <summary>Text escaped for HTML element content.</summary>
    public static string Escape(string text)
    {
        var writer = new SpanWriter();
        writer.Write(text, null);
        return writer.ToString();
    }

    private void Flush()
    {
        if (_run.Length == 0) return;
        if (_runClass is not null) _html.Append("<span class=\"").Append(_runClass).Append("\">");
        foreach (var chunk in _run.GetChunks())
            foreach (var c in chunk.Span)
            {
                switch (c)
                {
                    case '&': _html.Append("&amp;"); break;
                    case '<': _html.Append("&lt;"); break;
                    case '>': _html.Append("&gt;"); break;
                    default: _html.Append(c); break;
                }
            }
        if (_runClass is not null) _html.Append("</span>");
        _run.Clear();
    }
}
