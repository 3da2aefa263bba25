using System.Collections.Concurrent;

namespace Hotpass.Docs.Steps.Search;

/// <summary>The keys of a build, each under an id that does not depend on which page first used it. An indexed page
/// keeps its keys as ids, so gathering each key's pages hashes no string, and the keys come out in ordinal order by a
/// merge (<see cref="ByText"/>); in <c>serve</c> the next build starts from this table, so a page it reuses keeps its
/// ids. Ids are never written (the index writes keys as text), so the order pages are indexed in cannot show.</summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _before;
    private readonly string?[] _beforeTexts;
    private readonly int[] _beforeByText;
    private readonly ConcurrentDictionary<string, int> _added = new(StringComparer.Ordinal);
    private int _next;

    public TermTable() : this(new Dictionary<string, int>(StringComparer.Ordinal), [], []) { }

    private TermTable(Dictionary<string, int> before, string?[] beforeTexts, int[] beforeByText)
    {
        _before = before;
        _beforeTexts = beforeTexts;
        _beforeByText = beforeByText;
        _next = beforeTexts.Length;
    }

    /// <summary>One more than the largest id given so far.</summary>
    public int Capacity => Volatile.Read(ref _next);

    /// <summary>The id of <paramref name="term"/>, given a new one the first time; safe from any thread.</summary>
    public int IdOf(string term) =>
        _before.TryGetValue(term, out var id) ? id : _added.GetOrAdd(term, static (_, table) => Interlocked.Increment(ref table._next) - 1, this);

    /// <summary>Each id's term (null for an id a race left unused), for ids below <paramref name="capacity"/>.</summary>
    public string?[] Texts(int capacity)
    {
        var texts = new string?[capacity];
        Array.Copy(_beforeTexts, texts, Math.Min(_beforeTexts.Length, capacity));
        foreach (var (term, id) in _added) if (id < capacity) texts[id] = term;
        return texts;
    }

    /// <summary>The ids below <paramref name="capacity"/> in ordinal order of their terms. The table that follows keeps
    /// the order, so a rebuild sorts only the terms it added and merges them in.</summary>
    public int[] ByText(int capacity, string?[] texts)
    {
        var added = _added.Values.Where(id => id < capacity).ToArray();
        Array.Sort(added, (a, b) => string.CompareOrdinal(texts[a], texts[b]));
        var merged = new int[_beforeByText.Length + added.Length];
        int b = 0, n = 0, m = 0;
        while (b < _beforeByText.Length && n < added.Length)
            merged[m++] = string.CompareOrdinal(texts[_beforeByText[b]], texts[added[n]]) <= 0 ? _beforeByText[b++] : added[n++];
        while (b < _beforeByText.Length) merged[m++] = _beforeByText[b++];
        while (n < added.Length) merged[m++] = added[n++];
        return merged;
    }

    /// <summary>A table holding every id given so far, for the next build to start from.</summary>
    public TermTable Next()
    {
        if (_added.IsEmpty) return new TermTable(_before, _beforeTexts, _beforeByText);
        var before = new Dictionary<string, int>(_before, StringComparer.Ordinal);
        foreach (var (term, id) in _added) before[term] = id;
        var capacity = Capacity;
        var texts = Texts(capacity);
        return new TermTable(before, texts, ByText(capacity, texts));
    }
}
