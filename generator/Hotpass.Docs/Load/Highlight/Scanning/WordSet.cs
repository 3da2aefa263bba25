using System.Collections.Frozen;

namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>A set of words looked up straight from the line's characters, without making a string per word.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        _words = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new([], false);

    /// <summary>The words of a space-separated list.</summary>
    public static WordSet Of(string words, bool ignoreCase = false) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), ignoreCase);


    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
