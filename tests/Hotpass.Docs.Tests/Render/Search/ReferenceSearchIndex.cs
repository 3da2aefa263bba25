using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hotpass.Docs.Steps.Search;
using Hotpass.Docs.Urls;


namespace Hotpass.Docs.Tests.Render.Search;

/// <summary>The search index as it was first written, one LINQ step at a time and a string per word: the oracle the
/// in-place <see cref="SearchIndexBuilder"/> must match byte for byte.</summary>
internal static class ReferenceSearchIndex
{
    // Escapes what is special in HTML and JavaScript but keeps letters of every script as they are, so non-English
    // text costs no more than it must.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Build(IEnumerable<SearchPage> pages, SearchIndexLimits? limits = null)
    {
        limits ??= SearchIndexLimits.Default;
        var ordered = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        var sections = new List<IndexedSection>();
        for (var i = 0; i < ordered.Count; i++) sections.AddRange(Index(i, ordered[i], limits));
        var words = Vocabulary(sections);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 2);
            json.WriteString("words", string.Join(' ', words.Keys));
            json.WriteStartArray("pages");
            foreach (var page in ordered)
            {
                json.WriteStartArray();
                json.WriteStringValue(UrlEncoding.Href(page.Url));
                json.WriteStringValue(Collapse(page.Title));
                json.WriteStringValue(Collapse(page.Summary ?? ""));
                json.WriteStringValue(string.Join(' ', page.Ids.Distinct(StringComparer.Ordinal)));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("sections");
            var code = new StringBuilder();
            foreach (var section in sections)
            {
                code.Clear();
                foreach (var term in section.Terms) TermCode.Append(code, words[term]);
                json.WriteStartArray();
                json.WriteNumberValue(section.Page);
                json.WriteStringValue(section.Heading);
                json.WriteStringValue(section.Id);
                json.WriteStringValue(section.Snippet);
                json.WriteStringValue(code.ToString());
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return "window.HotpassSearchIndex=" + Encoding.UTF8.GetString(buffer.ToArray()) + ";\n";
    }

    private sealed record IndexedSection(int Page, string Heading, string Id, string Snippet, IReadOnlyList<string> Terms);

    /// <summary>A page's sections: each keeps its snippet, and the words after it that neither it nor an earlier
    /// section of the page already holds (a result names the first section with the word).</summary>
    private static IEnumerable<IndexedSection> Index(int pageIndex, SearchPage page, SearchIndexLimits limits)
    {
        var seen = new HashSet<string>(Words(page.Title + " " + page.Summary), StringComparer.Ordinal);
        foreach (var section in page.Sections)
        {
            var heading = Collapse(section.Heading ?? "");
            var text = Collapse(section.Text.ToString());
            if (heading.Length == 0 && text.Length == 0) continue;
            var snippet = Cut(text, limits.SnippetChars);
            seen.UnionWith(Words(heading + " " + snippet));
            var terms = WithoutPrefixes(Words(text[snippet.Length..]).Where(w => !StopWords.English.Contains(w) && seen.Add(w)).Take(limits.TermsPerSection));
            yield return new IndexedSection(pageIndex, heading, HeadingSlug.Written(heading, section.Id ?? ""), snippet, terms);
        }
    }

    /// <summary>Every term, numbered by how many sections use it (most used first, so they get the shortest codes),
    /// then by ordinal order.</summary>
    private static Dictionary<string, int> Vocabulary(List<IndexedSection> sections)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in sections.SelectMany(s => s.Terms)) uses[term] = uses.GetValueOrDefault(term) + 1;
        var numbered = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in uses.OrderByDescending(u => u.Value).ThenBy(u => u.Key, StringComparer.Ordinal).Select(u => u.Key))
            numbered[term] = numbered.Count;
        return numbered;
    }

    /// <summary>The client matches a query term anywhere inside a word, so a word that begins another word of the same
    /// section ("rotate" beside "rotated") finds nothing the longer one does not: it is left out.</summary>
    private static List<string> WithoutPrefixes(IEnumerable<string> words)
    {
        var kept = words.ToList();
        var sorted = kept.Order(StringComparer.Ordinal).ToList();
        var redundant = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < sorted.Count; i++)
            if (sorted[i + 1].StartsWith(sorted[i], StringComparison.Ordinal)) redundant.Add(sorted[i]);
        return redundant.Count == 0 ? kept : [.. kept.Where(w => !redundant.Contains(w))];
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
                if (word.Length > 1) yield return word.ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>The text cut at a word boundary at most <paramref name="max"/> characters in.</summary>
    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var space = text.LastIndexOf(' ', max);
        return text[..(space > max / 2 ? space : max)];
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
