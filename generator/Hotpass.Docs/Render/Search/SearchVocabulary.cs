namespace Hotpass.Docs.Render.Search;

/// <summary>Every term of the index, numbered by how many sections use it (most used first, so they get the shortest
/// codes), then by ordinal order.</summary>
internal sealed class SearchVocabulary
{
    private SearchVocabulary(string[] words, int[][] numbers) => (Words, Numbers) = (words, numbers);

    /// <summary>The terms in number order.</summary>
    public string[] Words { get; }

    /// <summary>Each section's terms as numbers, in the order of the sections given.</summary>
    public int[][] Numbers { get; }

    public static SearchVocabulary Of(IReadOnlyList<IndexedSection> sections)
    {
        // Each section's terms point at one shared counter per term, so numbering needs no second lookup.
        var terms = new Dictionary<string, Term>(StringComparer.Ordinal);
        var used = new Term[sections.Count][];
        for (var s = 0; s < sections.Count; s++)
        {
            var sectionTerms = sections[s].Terms;
            var refs = used[s] = new Term[sectionTerms.Length];
            for (var t = 0; t < sectionTerms.Length; t++)
            {
                if (!terms.TryGetValue(sectionTerms[t], out var term)) terms.Add(sectionTerms[t], term = new Term(sectionTerms[t]));
                term.Uses++;
                refs[t] = term;
            }
        }
        var ordered = terms.Values.ToArray();
        Array.Sort(ordered, static (a, b) => a.Uses != b.Uses ? b.Uses.CompareTo(a.Uses) : string.CompareOrdinal(a.Text, b.Text));
        var words = new string[ordered.Length];
        for (var i = 0; i < ordered.Length; i++) (ordered[i].Number, words[i]) = (i, ordered[i].Text);
        var numbers = new int[used.Length][];
        for (var s = 0; s < used.Length; s++) numbers[s] = Array.ConvertAll(used[s], static t => t.Number);
        return new SearchVocabulary(words, numbers);
    }

    private sealed class Term(string text)
    {
        public string Text { get; } = text;
        public int Uses { get; set; }
        public int Number { get; set; }
    }
}
