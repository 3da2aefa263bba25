using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Writes the search index as a script (<c>search-index.js</c>) that sets <c>window.HotpassSearchIndex</c>: a
/// script, because browsers do not let <c>fetch</c> read <c>file://</c>. Pages are ordered by URL and sections by their
/// place in the page, so the same pages give the same bytes.</summary>
/// <remarks>Layout, read by <c>templates/assets/search.js</c>: <c>words</c> is every indexed word, space-separated;
/// <c>pages</c> holds <c>[url, title, summary, ids]</c> (url percent-encoded, relative to the site root); <c>sections</c> holds <c>[page index, heading, id, snippet,
/// terms]</c> (id empty when <see cref="HeadingSlug"/> derives it from the heading; stop words left out of terms), where terms are numbers into <c>words</c> written with <see cref="TermCode"/>.</remarks>
internal static class SearchIndexBuilder
{
    public const string FileName = "search-index.js";

    public static string Build(IEnumerable<SearchPage> pages, SearchIndexLimits? limits = null) =>
        Encoding.UTF8.GetString(BuildUtf8(pages, limits).Span);

    /// <summary>The index script as the UTF-8 bytes written to disk.</summary>
    public static ReadOnlyMemory<byte> BuildUtf8(IEnumerable<SearchPage> pages, SearchIndexLimits? limits = null)
    {
        var ordered = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToArray();
        var terms = new TermTable();
        var indexed = Index(ordered.Length, i => ordered[i], limits ?? SearchIndexLimits.Default, terms);
        var vocabulary = SearchVocabulary.Of(indexed, terms);
        var buffer = new ArrayBufferWriter<byte>(EstimatedBytes(indexed, vocabulary));
        Write(indexed, vocabulary, buffer);
        return buffer.WrittenMemory;
    }

    /// <summary>Indexes <paramref name="count"/> pages on all cores; a page <paramref name="reuse"/> gives (one that did
    /// not change since the previous build) is taken as it is, any other is read with <paramref name="page"/>.</summary>
    /// <param name="terms">Where the terms get their ids; a reused page's ids must come from it (or the table it followed).</param>
    internal static IndexedPage[] Index(int count, Func<int, SearchPage> page, SearchIndexLimits limits, TermTable terms, Func<int, IndexedPage?>? reuse = null)
    {
        var indexed = new IndexedPage[count];
        var words = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, count, CoreBound.Options, () => new PageIndexer.Scratch(limits, words, terms),
            (i, _, scratch) => { indexed[i] = reuse?.Invoke(i) ?? PageIndexer.Index(page(i), scratch); return scratch; }, _ => { });
        return indexed;
    }

    /// <summary>The index script for pages already indexed, in URL order.</summary>
    /// <summary>Writes the index of pages already indexed, in URL order, into <paramref name="buffer"/>.</summary>
    internal static void Write(IndexedPage[] ordered, SearchVocabulary vocabulary, IBufferWriter<byte> buffer)
    {
        // The same bytes Utf8JsonWriter writes without indenting: the strings were encoded with its encoder when indexed.
        buffer.Write("window.HotpassSearchIndex={\"v\":2,\"words\":"u8);
        Quoted(buffer, JsonEncodedText.Encode(string.Join(' ', vocabulary.Words), SearchJson.Encoder).EncodedUtf8Bytes);
        buffer.Write(",\"pages\":["u8);
        for (var p = 0; p < ordered.Length; p++)
        {
            buffer.Write(p == 0 ? "["u8 : ",["u8);
            buffer.Write(ordered[p].Json);
            buffer.Write("]"u8);
        }
        buffer.Write("],\"sections\":["u8);
        var first = true;
        for (var p = 0; p < ordered.Length; p++)
        {
            foreach (var section in ordered[p].Sections)
            {
                buffer.Write(first ? "["u8 : ",["u8);
                first = false;
                Utf8Formatter.TryFormat(p, buffer.GetSpan(11), out var digits);
                buffer.Advance(digits);
                buffer.Write(","u8);
                buffer.Write(section.Json);
                buffer.Write(",\""u8);
                // Term codes are ASCII from alphabets that need no escaping.
                var code = buffer.GetSpan(section.Terms.Length * TermCode.MaxChars);
                var length = 0;
                foreach (var id in section.Terms) length += TermCode.Write(code[length..], vocabulary.NumberOf(id));
                buffer.Advance(length);
                buffer.Write("\"]"u8);
            }
        }
        buffer.Write("]};\n"u8);
    }

    private static void Quoted(IBufferWriter<byte> buffer, ReadOnlySpan<byte> encoded)
    {
        buffer.Write("\""u8);
        buffer.Write(encoded);
        buffer.Write("\""u8);
    }

    /// <summary>A little more than the index takes (ASCII text, a few characters per term), so its buffer is
    /// allocated once rather than regrown, each time copied, on the large-object heap.</summary>
    internal static int EstimatedBytes(IndexedPage[] pages, SearchVocabulary vocabulary)
    {
        long bytes = 1024 + vocabulary.Words.Sum(w => w.Length + 1L);
        foreach (var page in pages)
        {
            bytes += 4 + page.Json.Length;
            foreach (var section in page.Sections) bytes += 16 + section.Json.Length + 3L * section.Terms.Length;
        }
        return (int)Math.Min(bytes + bytes / 8, Array.MaxLength);
    }
}
