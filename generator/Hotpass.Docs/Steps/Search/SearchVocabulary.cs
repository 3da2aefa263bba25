namespace Hotpass.Docs.Steps.Search;

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
        var most = 0;
        foreach (var page in pages)
            foreach (var section in page.Sections)
                foreach (var id in section.Terms) most = Math.Max(most, ++uses[id]);
        var texts = table.Texts(capacity);
        // A counting sort by uses over the ids in text order keeps text order within each count: no string is compared.
        var byText = table.ByText(capacity, texts);
        var start = new int[most + 1];
        foreach (var id in byText) if (uses[id] > 0) start[uses[id]]++;
        var live = 0;
        for (var count = most; count > 0; count--) (start[count], live) = (live, live + start[count]);
        var numberOfId = new int[capacity];
        var words = new string[live];
        foreach (var id in byText)
        {
            if (uses[id] == 0) continue;
            var number = start[uses[id]]++;
            (numberOfId[id], words[number]) = (number, texts[id]!);
        }
        return new SearchVocabulary(words, numberOfId, live);
    }
}
