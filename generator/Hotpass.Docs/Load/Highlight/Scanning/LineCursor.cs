using System.Buffers;

namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>A position in one line of code and the writer its tokens go to. Scanners read the line only through these
/// methods, each of which adds the characters it looked at to <see cref="Steps"/>: that count is how the tests prove
/// every scanner linear, with no clock involved.</summary>
internal ref struct LineCursor
{
    private static readonly SearchValues<char> BlankChars = SearchValues.Create(" \t");

    private readonly ReadOnlySpan<char> _line;
    private readonly SpanWriter _out;
    private int _at;
    private long _steps;
    private bool _sawText;

    public LineCursor(ReadOnlySpan<char> line, SpanWriter output)
    {
        _line = line;
        _out = output;
    }

    public readonly int At => _at;
    public readonly bool AtEnd => _at >= _line.Length;
    public readonly int Remaining => _line.Length - _at;
    public readonly long Steps => _steps;

    /// <summary>Whether everything written on this line so far is blank (a C# <c>#if</c>, a Python decorator).</summary>
    public readonly bool AtLineStart => !_sawText;

    /// <summary>The character <paramref name="offset"/> from the cursor (negative looks back), or <c>'\0'</c> outside the line.</summary>
    public char Peek(int offset = 0)
    {
        _steps++;
        var i = _at + offset;
        return (uint)i < (uint)_line.Length ? _line[i] : '\0';
    }

    public bool Sees(string text, int offset = 0)
    {
        _steps += text.Length;
        var i = _at + offset;
        return i <= _line.Length && _line[i..].StartsWith(text, StringComparison.Ordinal);
    }

    /// <summary>How many characters from the offset are in the set.</summary>
    public int While(SearchValues<char> set, int offset = 0)
    {
        var rest = From(offset);
        var n = rest.IndexOfAnyExcept(set);
        if (n < 0) n = rest.Length;
        _steps += n + 1;
        return n;
    }

    /// <summary>How many characters from the offset come before one in the set (all the rest when none is).</summary>
    public int Until(SearchValues<char> set, int offset = 0)
    {
        var rest = From(offset);
        var n = rest.IndexOfAny(set);
        if (n < 0) n = rest.Length;
        _steps += n + 1;
        return n;
    }

    public int WhileBlank(int offset = 0) => While(BlankChars, offset);

    /// <summary>Where the text next occurs from the offset, counted from the offset, or -1.</summary>
    public int Find(string text, int offset = 0)
    {
        var rest = From(offset);
        var n = rest.IndexOf(text, StringComparison.Ordinal);
        _steps += n < 0 ? rest.Length + 1 : n + text.Length;
        return n;
    }

    /// <summary>The next characters, to look a word up.</summary>
    public ReadOnlySpan<char> Read(int length, int offset = 0)
    {
        _steps += length;
        return _line.Slice(_at + offset, length);
    }

    /// <summary>Writes the next <paramref name="length"/> characters with a class (null for plain) and moves past them.</summary>
    public void Emit(int length, string? cls)
    {
        if (length <= 0) return;
        var text = _line.Slice(_at, length);
        _out.Write(text, cls);
        if (!_sawText && text.IndexOfAnyExcept(BlankChars) >= 0) _sawText = true;
        _at += length;
        _steps++;
    }

    public void EmitRest(string? cls) => Emit(Remaining, cls);

    /// <summary>Treats what follows as the start of the line (after a console prompt).</summary>
    public void StartLineHere() => _sawText = false;

    private readonly ReadOnlySpan<char> From(int offset)
    {
        var i = Math.Clamp(_at + offset, 0, _line.Length);
        return _line[i..];
    }
}
