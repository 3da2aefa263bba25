namespace Hotpass.Docs.Load.Markdown;

/// <summary>Where each line of a text starts, found in one pass, so the line and column of any offset cost a binary
/// search. Counting newlines from the start for each offset made locating every cell of a large table, or every
/// attribute of a large raw-HTML element, quadratic: a 400 KB table took 10 s, a 3 MB one never finished.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
            _starts.Add(i + 1);
    }

    /// <summary>The zero-based line and column of <paramref name="offset"/>; a newline belongs to the line it ends.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var line = _starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1; // the last start at or before the offset
        return (line, offset - _starts[line]);
    }
}
