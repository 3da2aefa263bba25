using System.Buffers;
using System.Collections.Concurrent;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Cuts one page into its <see cref="IndexedPage"/> and sections. A page depends on nothing but itself, so pages are
/// indexed on all cores; its text is read in place (only the snippet is collapsed and copied), each worker reuses its
/// buffers, and a word becomes a string once per build, however many pages use it.</summary>
internal static class PageIndexer
{
    /// <summary>What one worker reuses from page to page, and the words every worker shares.</summary>
    internal sealed class Scratch(SearchIndexLimits limits, ConcurrentDictionary<string, string> words, TermTable terms)
    {
        public SearchIndexLimits Limits { get; } = limits;
        public TermTable Table { get; } = terms;
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
        public List<string> Terms { get; } = [];
        public char[] Snippet { get; } = new char[limits.SnippetChars + 1];
        public int[] SnippetOrigins { get; } = new int[limits.SnippetChars + 1];

        /// <summary>The build's one string for a word.</summary>
        public string Word(ReadOnlySpan<char> word) =>
            _words.TryGetValue(word, out var known) ? known : words.GetOrAdd(word.ToString(), static w => w);

        private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A page's sections: each keeps its snippet, and the words after it that neither it nor an earlier
    /// section of the page (nor the title or summary) already holds (a result names the first section with the word).</summary>
    public static IndexedPage Index(SearchPage page, Scratch scratch)
    {
        var limits = scratch.Limits;
        // Stop words start out seen: they are never terms, and one lookup then answers both questions.
        var seen = scratch.Seen;
        seen.Clear();
        seen.UnionWith(StopWords.Set);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        AddWords(scratch, page.Title);
        AddWords(scratch, page.Summary ?? "");
        var sections = new List<IndexedSection>(page.Sections.Count);
        var snippetChars = scratch.Snippet;
        foreach (var section in page.Sections)
        {
            var heading = SearchText.Collapse(section.Heading ?? "");
            var text = section.Text.Span;
            var written = SearchText.Collapse(text, snippetChars, scratch.SnippetOrigins);
            if (heading.Length == 0 && written == 0) continue;
            var snippetLength = SearchText.CutLength(snippetChars.AsSpan(0, written), limits.SnippetChars, written > limits.SnippetChars);
            var snippet = new string(snippetChars, 0, snippetLength);
            AddWords(scratch, heading);
            AddWords(scratch, snippet);
            var rest = snippetLength < written ? text[scratch.SnippetOrigins[snippetLength]..] : [];
            scratch.Terms.Clear();
            if (rest.Length > 0 && limits.TermsPerSection > 0) NewWords(scratch, lookup, rest);
            var json = SearchJson.Strings(heading, HeadingSlug.Written(heading, section.Id ?? ""), snippet);
            sections.Add(new IndexedSection(json, Ids(scratch.Table, WithoutPrefixes(scratch.Terms))));
        }
        var ids = string.Join(' ', page.Ids.Distinct(StringComparer.Ordinal));
        // The client puts the URL in an href, so it is encoded as the pages encode theirs: a file named
        // javascript:alert(1).md must never become a result that runs script.
        return new IndexedPage(SearchJson.Strings(UrlEncoding.Href(page.Url), SearchText.Collapse(page.Title), SearchText.Collapse(page.Summary ?? ""), ids), sections);
    }

    /// <summary>Adds to the scratch terms, in order, the words of <paramref name="text"/> not seen yet (marking them
    /// seen), until they number the limit.</summary>
    private static void NewWords(Scratch scratch, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen, ReadOnlySpan<char> text)
    {
        var lowered = ArrayPool<char>.Shared.Rent(text.Length);
        var lower = lowered.AsSpan(0, text.Length);
        text.ToLowerInvariant(lower);
        foreach (var word in SearchText.Words(text))
        {
            var term = lower[word];
            if (seen.Contains(term)) continue;
            var added = scratch.Word(term);
            scratch.Seen.Add(added);
            scratch.Terms.Add(added);
            if (scratch.Terms.Count == scratch.Limits.TermsPerSection) break;
        }
        ArrayPool<char>.Shared.Return(lowered);
    }

    private static void AddWords(Scratch scratch, string text)
    {
        if (text.Length == 0) return;
        var lowered = ArrayPool<char>.Shared.Rent(text.Length);
        var lower = lowered.AsSpan(0, text.Length);
        text.AsSpan().ToLowerInvariant(lower);
        var seen = scratch.Seen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in SearchText.Words(text))
            if (!seen.Contains(lower[word])) scratch.Seen.Add(scratch.Word(lower[word]));
        ArrayPool<char>.Shared.Return(lowered);
    }

    private static int[] Ids(TermTable table, string[] terms) => Array.ConvertAll(terms, table.IdOf);

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
