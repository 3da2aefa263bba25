using System.Text;
using Hotpass.Docs.Steps.Search;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Tests.Render.Search;

/// <summary>What the search index must hold, worked out one LINQ step at a time and a string per word: the oracle the
/// in-place <see cref="PageIndexer"/> and the files <see cref="SearchIndexBuilder"/> cuts must give back when read
/// (<see cref="TestSupport.SearchIndexReader"/>).</summary>
internal static class ReferenceSearchIndex
{
    public sealed record Expected(
        List<(string Url, string Title, string Summary, List<(string Heading, string Id, string Snippet)> Sections)> Pages,
        SortedDictionary<string, List<(int Page, int Place)>> Keys);

    public static Expected Build(IEnumerable<SearchPage> pages, SearchIndexLimits limits)
    {
        var ordered = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        var records = new List<(string, string, string, List<(string, string, string)>)>();
        var keys = new SortedDictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var page = ordered[i];
            var places = new Dictionary<string, int>(StringComparer.Ordinal);
            var order = new List<string>();
            var ids = page.Ids.Where(id => id.Length > 0).ToList();
            for (var n = 0; n < ids.Count; n++) Add(places, order, ids[n].ToLowerInvariant(), SearchPlace.Of(0, n == 0 ? SearchPlace.OwnId : SearchPlace.OtherId), id: true);
            if (Collapse(page.Title).Length > 0) Add(places, order, Collapse(page.Title).ToLowerInvariant(), SearchPlace.Of(0, SearchPlace.Title), id: true);
            foreach (var word in Words(Collapse(page.Title))) Add(places, order, word, SearchPlace.Of(0, SearchPlace.Title));
            foreach (var word in Words(Collapse(page.Summary ?? ""))) Add(places, order, word, SearchPlace.Of(0, SearchPlace.Summary));
            var sections = new List<(string, string, string)>();
            for (var s = 0; s < page.Sections.Count; s++)
            {
                var heading = Collapse(page.Sections[s].Heading ?? "");
                var text = page.Sections[s].Text.ToString();
                foreach (var word in Words(heading)) Add(places, order, word, SearchPlace.Of(s, SearchPlace.Heading));
                var added = 0;
                foreach (var word in Words(text))
                {
                    if (added == limits.TermsPerSection) break;
                    if (Add(places, order, word, SearchPlace.Of(s, SearchPlace.Body))) added++;
                }
                sections.Add((heading, HeadingSlug.Written(heading, page.Sections[s].Id ?? ""), Snippet(Collapse(text), limits.SnippetChars)));
            }
            foreach (var key in order)
            {
                if (!keys.TryGetValue(key, out var list)) keys[key] = list = [];
                list.Add((i, places[key]));
            }
            records.Add((UrlEncoding.Href(page.Url), Collapse(page.Title), Collapse(page.Summary ?? ""), sections));
        }
        return new Expected(records, keys);
    }

    /// <summary>A key is kept at its best place: the lowest field, then the first section. Stop words are never keys
    /// (an id, or the whole title, is one whatever it says).</summary>
    private static bool Add(Dictionary<string, int> places, List<string> order, string key, int place, bool id = false)
    {
        if (places.TryGetValue(key, out var best))
        {
            if (SearchPlace.Field(place) < SearchPlace.Field(best)) places[key] = place;
            return false;
        }
        if (!id && StopWords.English.Contains(key)) return false;
        places[key] = place;
        order.Add(key);
        return true;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '_');
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].Trim('-', '_');
                if (word.Length > 1)
                {
                    yield return word.ToLowerInvariant();
                    // A compound's parts are keys too, after it.
                    if (word.Contains('-', StringComparison.Ordinal) || word.Contains('_', StringComparison.Ordinal))
                        foreach (var part in word.Split('-', '_'))
                            if (part.Length > 1) yield return part.ToLowerInvariant();
                }
                start = -1;
            }
        }
    }

    /// <summary>The text cut at its last space at most <paramref name="max"/> characters in, marked with an ellipsis.</summary>
    private static string Snippet(string text, int max)
    {
        if (text.Length <= max) return text;
        var space = text.LastIndexOf(' ', max);
        return text[..(space > 0 ? space : max)] + "…";
    }

    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = collapsed.Length > 0; continue; }
            if (space) collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
        }
        return collapsed.ToString();
    }
}
