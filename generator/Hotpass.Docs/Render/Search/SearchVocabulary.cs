namespace Hotpass.Docs.Render.Search;

/// <summary>Every term of the index, numbered by how many sections use it (most used first, so they get the shortest
/// codes), then by ordinal order.</summary>
internal sealed class SearchVocabulary
{
    private readonly int[] _numberOfId;

    private SearchVocabulary(string[] words, int[] numberOfId, int live) => (Words, _numberOfId, Live) = (words, numberOfId, live);

    /// <summary>The terms in number order.</summary>
    public string[] Words { get; }

    /// <summary>How many terms the pages use, of the ids the table has given.</summary>
    public int Live { get; }

    /// <summary>The number the index writes for the term with this <see cref="TermTable"/> id.</summary>
    public int NumberOf(int id) => _numberOfId[id];

    public static SearchVocabulary Of(IndexedPage[] pages, TermTable table)
    {
        var capacity = table.Capacity;
        var uses = new int[capacity];
        foreach (var page in pages)
            foreach (var section in page.Sections)
                foreach (var id in section.Terms) uses[id]++;
        var texts = table.Texts(capacity);
        var used = new List<int>(capacity);
        for (var id = 0; id < capacity; id++) if (uses[id] > 0) used.Add(id);
        var ordered = used.ToArray();
        Array.Sort(ordered, (a, b) => uses[a] != uses[b] ? uses[b].CompareTo(uses[a]) : string.CompareOrdinal(texts[a], texts[b]));
        var numberOfId = new int[capacity];
        var words = new string[ordered.Length];
        for (var i = 0; i < ordered.Length; i++) (numberOfId[ordered[i]], words[i]) = (i, texts[ordered[i]]!);
        return new SearchVocabulary(words, numberOfId, ordered.Length);
    }
}
