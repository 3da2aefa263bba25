using System.Buffers;

namespace Hotpass.Docs.Render.Search;

/// <summary>Cuts one page into its <see cref="IndexedSection"/>s. A page depends on nothing but itself, so pages are
/// indexed on all cores; its text is read in place (only the snippet is collapsed and copied), and only a word the
/// page has not used yet becomes a string.</summary>
internal static class PageIndexer
{
    // The 4,000-page bench corpus has about one word new to its page per 20 characters of text (304,000 terms in
    // 7.9 MB, besides title, heading and snippet words): sizing the page's word set for that spares its regrowth.
    private const int AverageCharsPerNewWord = 20;

    /// <summary>A page's sections: each keeps its snippet, and the words after it that neither it nor an earlier
    /// section of the page (nor the title or summary) already holds (a result names the first section with the word).</summary>
    public static List<IndexedSection> Index(int pageIndex, SearchPage page, SearchIndexLimits limits)
    {
        // Stop words start out seen: they are never terms, and one lookup then answers both questions.
        var seen = new HashSet<string>(StopWords.Set, StringComparer.Ordinal);
        seen.EnsureCapacity(StopWords.Set.Count + page.Sections.Sum(s => s.Text.Length) / AverageCharsPerNewWord);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        AddWords(lookup, page.Title);
        AddWords(lookup, page.Summary ?? "");
        var sections = new List<IndexedSection>(page.Sections.Count);
        var terms = new List<string>();
        var snippetChars = new char[limits.SnippetChars + 1];
        var snippetOrigins = new int[limits.SnippetChars + 1];
        foreach (var section in page.Sections)
        {
            var heading = SearchText.Collapse(section.Heading ?? "");
            var text = section.Text.AsSpan();
            var written = SearchText.Collapse(text, snippetChars, snippetOrigins);
            if (heading.Length == 0 && written == 0) continue;
            var snippetLength = SearchText.CutLength(snippetChars.AsSpan(0, written), limits.SnippetChars, written > limits.SnippetChars);
            var snippet = new string(snippetChars, 0, snippetLength);
            AddWords(lookup, heading);
            AddWords(lookup, snippet);
            var rest = snippetLength < written ? text[snippetOrigins[snippetLength]..] : [];
            terms.Clear();
            if (rest.Length > 0 && limits.TermsPerSection > 0) NewWords(lookup, rest, limits.TermsPerSection, terms);
            sections.Add(new IndexedSection(pageIndex, heading, HeadingSlug.Written(heading, section.Id ?? ""), snippet, WithoutPrefixes(terms)));
        }
        return sections;
    }

    /// <summary>Adds to <paramref name="terms"/>, in order, the words of <paramref name="text"/> not seen yet (marking
    /// them seen), until it holds <paramref name="max"/>.</summary>
    private static void NewWords(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen, ReadOnlySpan<char> text, int max, List<string> terms)
    {
        var lowered = ArrayPool<char>.Shared.Rent(text.Length);
        var lower = lowered.AsSpan(0, text.Length);
        text.ToLowerInvariant(lower);
        foreach (var word in SearchText.Words(text))
        {
            var term = lower[word];
            if (seen.Contains(term)) continue;
            var added = term.ToString();
            seen.Set.Add(added);
            terms.Add(added);
            if (terms.Count == max) break;
        }
        ArrayPool<char>.Shared.Return(lowered);
    }

    private static void AddWords(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen, string text)
    {
        if (text.Length == 0) return;
        var lowered = ArrayPool<char>.Shared.Rent(text.Length);
        var lower = lowered.AsSpan(0, text.Length);
        text.AsSpan().ToLowerInvariant(lower);
        foreach (var word in SearchText.Words(text)) seen.Add(lower[word]);
        ArrayPool<char>.Shared.Return(lowered);
    }

    /// <summary>The client matches a query term anywhere inside a word, so a word that begins another word of the same
    /// section ("rotate" beside "rotated") finds nothing the longer one does not: it is left out.</summary>
    private static string[] WithoutPrefixes(List<string> terms)
    {
        if (terms.Count < 2) return [.. terms];
        var sorted = terms.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        HashSet<string>? redundant = null;
        for (var i = 0; i + 1 < sorted.Length; i++)
            if (sorted[i + 1].StartsWith(sorted[i], StringComparison.Ordinal)) (redundant ??= new(StringComparer.Ordinal)).Add(sorted[i]);
        return redundant is null ? [.. terms] : [.. terms.Where(t => !redundant.Contains(t))];
    }
}
