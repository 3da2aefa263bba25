using System.Buffers;
using System.Collections.Concurrent;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Cuts one page into its <see cref="IndexedPage"/>: its record (title, summary, each section's heading, id and
/// snippet) and its keys, each at its best place. A page depends on nothing but itself, so pages are indexed on all
/// cores; its text is read in place (only snippets are collapsed and copied), each worker reuses its buffers, and a word
/// becomes a string once per build, however many pages use it.</summary>
internal static class PageIndexer
{
    /// <summary>What one worker reuses from page to page, and the words every worker shares.</summary>
    internal sealed class Scratch(SearchIndexLimits limits, ConcurrentDictionary<string, string> words, TermTable terms)
    {
        public SearchIndexLimits Limits { get; } = limits;
        public TermTable Table { get; } = terms;

        /// <summary>The page's keys so far, each with its best place.</summary>
        public Dictionary<string, int> Places { get; } = new(StringComparer.Ordinal);

        /// <summary>The page's keys in the order first met.</summary>
        public List<string> Order { get; } = [];

        public char[] Snippet { get; } = new char[limits.SnippetChars + 1];
        public int[] SnippetOrigins { get; } = new int[limits.SnippetChars + 1];

        /// <summary>The build's one string for a word.</summary>
        public string Word(ReadOnlySpan<char> word) =>
            _words.TryGetValue(word, out var known) ? known : words.GetOrAdd(word.ToString(), static w => w);

        private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static IndexedPage Index(SearchPage page, Scratch scratch)
    {
        var limits = scratch.Limits;
        scratch.Places.Clear();
        scratch.Order.Clear();
        var own = true;
        foreach (var id in page.Ids)
        {
            if (id.Length == 0) continue;
            Add(scratch, scratch.Word(id.ToLowerInvariant()), SearchPlace.Of(0, own ? SearchPlace.OwnId : SearchPlace.OtherId));
            own = false;
        }
        var title = SearchText.Collapse(page.Title);
        var summary = SearchText.Collapse(page.Summary ?? "");
        // The whole title is a key too, so a query that is a page's title is answered from one file of keys.
        if (title.Length > 0) Add(scratch, scratch.Word(title.ToLowerInvariant()), SearchPlace.Of(0, SearchPlace.Title));
        AddWords(scratch, title, SearchPlace.Of(0, SearchPlace.Title), int.MaxValue);
        AddWords(scratch, summary, SearchPlace.Of(0, SearchPlace.Summary), int.MaxValue);
        var sections = new byte[page.Sections.Count][];
        for (var s = 0; s < page.Sections.Count; s++)
        {
            var section = page.Sections[s];
            var heading = SearchText.Collapse(section.Heading ?? "");
            var text = section.Text.Span;
            var written = SearchText.Collapse(text, scratch.Snippet, scratch.SnippetOrigins);
            var more = written > limits.SnippetChars;
            var snippet = new string(scratch.Snippet, 0, SearchText.CutLength(scratch.Snippet.AsSpan(0, written), limits.SnippetChars, more)) + (more ? "…" : "");
            AddWords(scratch, heading, SearchPlace.Of(s, SearchPlace.Heading), int.MaxValue);
            AddWords(scratch, text, SearchPlace.Of(s, SearchPlace.Body), limits.TermsPerSection);
            sections[s] = SearchJson.Strings(heading, HeadingSlug.Written(heading, section.Id ?? ""), snippet);
        }
        var terms = new int[scratch.Order.Count];
        var places = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++) (terms[i], places[i]) = (scratch.Table.IdOf(scratch.Order[i]), scratch.Places[scratch.Order[i]]);
        // The client puts the URL in an href, so it is encoded as the pages encode theirs: a file named
        // javascript:alert(1).md must never become a result that runs script.
        return new IndexedPage(SearchJson.Record(SearchJson.Strings(UrlEncoding.Href(page.Url), title, summary), sections), terms, places);
    }

    /// <summary>Finds <paramref name="key"/> at <paramref name="place"/> unless the page already has it at a better one;
    /// returns whether the key is new to the page.</summary>
    private static bool Add(Scratch scratch, string key, int place)
    {
        ref var best = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(scratch.Places, key, out var known);
        if (!known)
        {
            best = place;
            scratch.Order.Add(key);
            return true;
        }
        // Fields rank first, then the earlier section: a word in the title keeps the page top, however often the body repeats it.
        if (SearchPlace.Field(place) < SearchPlace.Field(best)) best = place;
        return false;
    }

    /// <summary>Adds the words of <paramref name="text"/> (stop words left out) at <paramref name="place"/>, each compound's
    /// parts after it (<c>case-insensitively</c>: also <c>case</c> and <c>insensitively</c>, since the client matches keys by
    /// their start), until <paramref name="newWords"/> keys were new to the page.</summary>
    private static void AddWords(Scratch scratch, ReadOnlySpan<char> text, int place, int newWords)
    {
        if (text.Length == 0 || newWords <= 0) return;
        var lowered = ArrayPool<char>.Shared.Rent(text.Length);
        var lower = lowered.AsSpan(0, text.Length);
        text.ToLowerInvariant(lower);
        var places = scratch.Places.GetAlternateLookup<ReadOnlySpan<char>>();
        var stop = StopWords.Set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in SearchText.Words(text))
        {
            var word = lower[range];
            if (Consider(scratch, places, stop, word, place, ref newWords)) break;
            if (word.IndexOfAny('-', '_') < 0) continue;
            var stopped = false;
            foreach (var part in word.SplitAny("-_"))
                if (part.End.Value - part.Start.Value > 1 && (stopped = Consider(scratch, places, stop, word[part], place, ref newWords))) break;
            if (stopped) break;
        }
        ArrayPool<char>.Shared.Return(lowered);
    }

    /// <summary>Adds one key (unless a stop word) or moves it to a better place; returns true once the section's new keys
    /// reached their limit.</summary>
    private static bool Consider(Scratch scratch, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> places,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stop, ReadOnlySpan<char> word, int place, ref int newWords)
    {
        if (places.TryGetValue(word, out var best))
        {
            // Already a key of the page: only a better field moves it (the common case, done without a string).
            if (SearchPlace.Field(place) < SearchPlace.Field(best)) places[word] = place;
            return false;
        }
        return !stop.Contains(word) && Add(scratch, scratch.Word(word), place) && --newWords == 0;
    }
}
