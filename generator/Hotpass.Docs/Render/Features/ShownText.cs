using System.Text;

namespace Hotpass.Docs.Render.Features;

/// <summary>Writes a generated page's <see cref="ShownSection"/>s in the order its layout shows them: a line of text per
/// row or fact, a new section at each heading the layout writes.</summary>
internal sealed class ShownText
{
    private readonly List<ShownSection> _sections = [];
    private readonly StringBuilder _text = new();
    private string? _heading;
    private string? _id;

    /// <summary>One line: the non-empty parts, space-separated.</summary>
    public ShownText Line(params ReadOnlySpan<string?> parts)
    {
        var start = _text.Length;
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part)) continue;
            if (_text.Length > start) _text.Append(' ');
            _text.Append(part);
        }
        if (_text.Length > start) _text.Append('\n');
        return this;
    }

    /// <summary>Starts the section under the heading with this text and id.</summary>
    public ShownText Section(string heading, string id)
    {
        Flush();
        (_heading, _id) = (heading, id);
        return this;
    }

    public IReadOnlyList<ShownSection> Sections()
    {
        Flush();
        return _sections;
    }

    private void Flush()
    {
        if (_heading is not null || _text.Length > 0 || _sections.Count == 0)
            _sections.Add(new ShownSection(_heading, _id, _text.Length > 0 ? _text.ToString(0, _text.Length - 1) : ""));
        _text.Clear();
    }
}
