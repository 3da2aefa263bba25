using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Hotpass.Docs.Render.Search;

/// <summary>Writes the search index as a script (<c>search-index.js</c>) that sets <c>window.HotpassSearchIndex</c>: a
/// script, because browsers do not let <c>fetch</c> read <c>file://</c>. Pages are ordered by URL and sections by their
/// place in the page, so the same pages give the same bytes.</summary>
/// <remarks>Layout, read by <c>templates/assets/search.js</c>: <c>words</c> is every indexed word, space-separated;
/// <c>pages</c> holds <c>[url, title, summary, ids]</c>; <c>sections</c> holds <c>[page index, heading, id, snippet,
/// terms]</c> (id empty when <see cref="HeadingSlug"/> derives it from the heading; stop words left out of terms), where terms are numbers into <c>words</c> written with <see cref="TermCode"/>.</remarks>
public static class SearchIndexBuilder
{
    public const string FileName = "search-index.js";

    // Escapes what is special in HTML and JavaScript but keeps letters of every script as they are, so non-English
    // text costs no more than it must.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Build(IEnumerable<SearchPage> pages, SearchIndexLimits? limits = null) =>
        Encoding.UTF8.GetString(BuildUtf8(pages, limits).Span);

    /// <summary>The index script as the UTF-8 bytes written to disk.</summary>
    public static ReadOnlyMemory<byte> BuildUtf8(IEnumerable<SearchPage> pages, SearchIndexLimits? limits = null)
    {
        limits ??= SearchIndexLimits.Default;
        var ordered = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToArray();
        var perPage = new List<IndexedSection>[ordered.Length];
        var words = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, ordered.Length, Pipeline.CoreBound.Options, () => new PageIndexer.Scratch(limits, words),
            (i, _, scratch) => { perPage[i] = PageIndexer.Index(i, ordered[i], scratch); return scratch; }, _ => { });
        var sections = perPage.SelectMany(s => s).ToList();
        var vocabulary = SearchVocabulary.Of(sections);

        var buffer = new ArrayBufferWriter<byte>(EstimatedBytes(ordered, sections, vocabulary));
        buffer.Write("window.HotpassSearchIndex="u8);
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 2);
            json.WriteString("words", string.Join(' ', vocabulary.Words));
            json.WriteStartArray("pages");
            foreach (var page in ordered)
            {
                json.WriteStartArray();
                json.WriteStringValue(page.Url);
                json.WriteStringValue(SearchText.Collapse(page.Title));
                json.WriteStringValue(SearchText.Collapse(page.Summary ?? ""));
                json.WriteStringValue(string.Join(' ', page.Ids.Distinct(StringComparer.Ordinal)));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("sections");
            var code = new char[256];
            for (var s = 0; s < sections.Count; s++)
            {
                var section = sections[s];
                var numbers = vocabulary.Numbers[s];
                if (code.Length < numbers.Length * TermCode.MaxChars) code = new char[numbers.Length * TermCode.MaxChars];
                var length = 0;
                foreach (var number in numbers) length += TermCode.Write(code.AsSpan(length), number);
                json.WriteStartArray();
                json.WriteNumberValue(section.Page);
                json.WriteStringValue(section.Heading);
                json.WriteStringValue(section.Id);
                json.WriteStringValue(section.Snippet);
                json.WriteStringValue(code.AsSpan(0, length));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.Write(";\n"u8);
        return buffer.WrittenMemory;
    }

    /// <summary>A little more than the index takes (ASCII text, a few characters per term), so its buffer is
    /// allocated once rather than regrown, each time copied, on the large-object heap.</summary>
    private static int EstimatedBytes(SearchPage[] pages, List<IndexedSection> sections, SearchVocabulary vocabulary)
    {
        long bytes = 1024 + vocabulary.Words.Sum(w => w.Length + 1L);
        foreach (var page in pages) bytes += 16 + page.Url.Length + page.Title.Length + (page.Summary?.Length ?? 0) + page.Ids.Sum(i => i.Length + 1L);
        for (var s = 0; s < sections.Count; s++)
            bytes += 24 + sections[s].Heading.Length + sections[s].Id.Length + sections[s].Snippet.Length + 3L * vocabulary.Numbers[s].Length;
        return (int)Math.Min(bytes + bytes / 8, Array.MaxLength);
    }
}
