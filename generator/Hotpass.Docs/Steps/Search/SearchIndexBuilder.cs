using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Hotpass.Docs.Load;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Writes the search index as scripts, because browsers do not let <c>fetch</c> read <c>file://</c>: a small root
/// (<c>search-index.js</c>) and the files it names under <c>search/</c>, which the client loads only as a query needs them.
/// Pages are ordered by URL and keys by ordinal order, so the same pages give the same bytes.</summary>
/// <remarks>Layout, read by <c>templates/assets/search.js</c>:
/// <list type="bullet">
/// <item><c>search-index.js</c> sets <c>window.HotpassSearchIndex = {v: 3, pages: N, keys: [first key of each keys file],
/// chunks: [first page of each pages file]}</c>.</item>
/// <item><c>search/kI.js</c> sets <c>window.HotpassSearchParts.kI = {keys: [...], postings: [...]}</c>: the keys in
/// ordinal order (lower-case words, and ids as written, lower-cased), and for each a string of numbers
/// (<see cref="TermCode"/>): for each page that has the key, in page order, the page's distance from the previous one
/// and its <see cref="SearchPlace"/>.</item>
/// <item><c>search/pI.js</c> sets <c>window.HotpassSearchParts.pI = [[url, title, summary, [[heading, id, snippet], …]], …]</c>
/// (url percent-encoded, relative to the site root; id empty when <see cref="HeadingSlug"/> derives it from the heading;
/// section 0 is the top of the page).</item>
/// </list></remarks>
internal static class SearchIndexBuilder
{
    public const string FileName = "search-index.js";

    /// <summary>The folder of the files the root names.</summary>
    public const string Folder = "search/";

    /// <summary>The most files of keys one index has: their names are reserved before anything is built.</summary>
    public const int MaxKeyFiles = 64;

    /// <summary>The most files of pages one index has.</summary>
    public const int MaxPageFiles = 256;

    /// <summary>Every path the index may write.</summary>
    public static IReadOnlyList<string> Outputs { get; } =
        [FileName, .. Enumerable.Range(0, MaxKeyFiles).Select(KeysFile), .. Enumerable.Range(0, MaxPageFiles).Select(PagesFile)];

    public static string KeysFile(int i) => Folder + "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".js";

    public static string PagesFile(int i) => Folder + "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".js";

    /// <summary>The index files of <paramref name="pages"/> as text, by output path.</summary>
    public static SortedDictionary<string, string> Build(IEnumerable<SearchPage> pages, SearchIndexLimits? limits = null)
    {
        limits ??= SearchIndexLimits.Default;
        var ordered = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToArray();
        var terms = new TermTable();
        var indexed = Index(ordered.Length, i => ordered[i], limits, terms);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in Write(indexed, terms, limits, out _))
            using (bytes)
                files[path] = Encoding.UTF8.GetString(bytes.WrittenSpan);
        return files;
    }

    /// <summary>Indexes <paramref name="count"/> pages on all cores; a page <paramref name="reuse"/> gives (one that did
    /// not change since the previous build) is taken as it is, any other is read with <paramref name="page"/>.</summary>
    /// <param name="terms">Where the keys get their ids; a reused page's ids must come from it (or the table it followed).</param>
    internal static IndexedPage[] Index(int count, Func<int, SearchPage> page, SearchIndexLimits limits, TermTable terms, Func<int, IndexedPage?>? reuse = null)
    {
        var indexed = new IndexedPage[count];
        var words = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, count, CoreBound.Options, () => new PageIndexer.Scratch(limits, words, terms),
            (i, _, scratch) => { indexed[i] = reuse?.Invoke(i) ?? PageIndexer.Index(page(i), scratch); return scratch; }, _ => { });
        return indexed;
    }

    /// <summary>Writes the index of pages already indexed, in URL order: the root first, then the files of keys and of
    /// pages. Each buffer is the caller's to dispose.</summary>
    /// <param name="live">How many keys the pages use, of the ids the table has given.</param>
    internal static List<(string Path, PooledBufferWriter Bytes)> Write(IndexedPage[] ordered, TermTable table, SearchIndexLimits limits, out int live)
    {
        var files = new List<(string, PooledBufferWriter)>();
        var (keyStarts, keyFiles) = WriteKeys(ordered, table, limits, out live);
        var (pageStarts, pageFiles) = WritePages(ordered, limits);
        var root = new PooledBufferWriter(256 + keyStarts.Sum(k => k.Length + 8) + pageStarts.Count * 8);
        root.Write("window.HotpassSearchIndex={\"v\":3,\"pages\":"u8);
        Number(root, ordered.Length);
        root.Write(",\"keys\":["u8);
        for (var i = 0; i < keyStarts.Count; i++)
        {
            if (i > 0) root.Write(","u8);
            Quoted(root, keyStarts[i]);
        }
        root.Write("],\"chunks\":["u8);
        for (var i = 0; i < pageStarts.Count; i++)
        {
            if (i > 0) root.Write(","u8);
            Number(root, pageStarts[i]);
        }
        root.Write("]};\n"u8);
        files.Add((FileName, root));
        files.AddRange(keyFiles);
        files.AddRange(pageFiles);
        return files;
    }

    private static (List<string> Starts, List<(string, PooledBufferWriter)> Files) WriteKeys(IndexedPage[] pages, TermTable table, SearchIndexLimits limits,
        out int liveCount)
    {
        // Postings by key id, each in page order: counted, then placed (one pass each over every page's keys).
        var capacity = table.Capacity;
        var start = new int[capacity + 1];
        long estimate = 0;
        foreach (var page in pages)
            foreach (var id in page.Terms) start[id + 1]++;
        for (var id = 0; id < capacity; id++) start[id + 1] += start[id];
        var postingPages = new int[start[capacity]];
        var postingPlaces = new int[start[capacity]];
        var next = start[..capacity];
        for (var p = 0; p < pages.Length; p++)
        {
            var page = pages[p];
            for (var i = 0; i < page.Terms.Length; i++)
            {
                var at = next[page.Terms[i]]++;
                (postingPages[at], postingPlaces[at]) = (p, page.Places[i]);
            }
        }
        var texts = table.Texts(capacity);
        var live = table.ByText(capacity, texts).Where(id => start[id + 1] > start[id]).ToArray();
        liveCount = live.Length;
        foreach (var id in live) estimate += texts[id]!.Length + 6 + 3L * (start[id + 1] - start[id]);
        var target = Math.Max(limits.KeyBytes, estimate / MaxKeyFiles + 1);

        var starts = new List<string>();
        var files = new List<(string, PooledBufferWriter)>();
        PooledBufferWriter? keys = null, postings = null;
        var count = 0;
        foreach (var id in live)
        {
            if (keys is null || (keys.WrittenCount + postings!.WrittenCount >= target && files.Count < MaxKeyFiles - 1))
            {
                if (keys is not null) files.Add(KeysScript(files.Count, keys, postings!));
                keys = new PooledBufferWriter((int)Math.Min(target + target / 4, Array.MaxLength));
                postings = new PooledBufferWriter((int)Math.Min(target, Array.MaxLength));
                starts.Add(texts[id]!);
                count = 0;
            }
            if (count++ > 0)
            {
                keys.Write(","u8);
                postings!.Write(","u8);
            }
            Quoted(keys, texts[id]!);
            postings!.Write("\""u8);
            var code = postings.GetSpan((start[id + 1] - start[id]) * 2 * TermCode.MaxChars);
            var length = 0;
            var previous = 0;
            for (var at = start[id]; at < start[id + 1]; at++)
            {
                length += TermCode.Write(code[length..], postingPages[at] - previous);
                length += TermCode.Write(code[length..], postingPlaces[at]);
                previous = postingPages[at];
            }
            postings.Advance(length);
            postings.Write("\""u8);
        }
        if (keys is not null) files.Add(KeysScript(files.Count, keys, postings!));
        return (starts, files);
    }

    private static (string, PooledBufferWriter) KeysScript(int index, PooledBufferWriter keys, PooledBufferWriter postings)
    {
        using (postings)
        {
            var name = KeysFile(index);
            var script = new PooledBufferWriter(keys.WrittenCount + postings.WrittenCount + 128);
            Part(script, name);
            script.Write("{\"keys\":["u8);
            script.Write(keys.WrittenSpan);
            script.Write("],\"postings\":["u8);
            script.Write(postings.WrittenSpan);
            script.Write("]};\n"u8);
            keys.Dispose();
            return (name, script);
        }
    }

    private static (List<int> Starts, List<(string, PooledBufferWriter)> Files) WritePages(IndexedPage[] pages, SearchIndexLimits limits)
    {
        var target = Math.Max(limits.PageBytes, pages.Sum(p => (long)p.Json.Length + 1) / MaxPageFiles + 1);
        var starts = new List<int>();
        var files = new List<(string, PooledBufferWriter)>();
        PooledBufferWriter? chunk = null;
        for (var p = 0; p < pages.Length; p++)
        {
            if (chunk is null || (chunk.WrittenCount >= target && files.Count < MaxPageFiles - 1))
            {
                if (chunk is not null) files.Add(End(chunk, files.Count));
                chunk = new PooledBufferWriter((int)Math.Min(target + target / 4, Array.MaxLength));
                Part(chunk, PagesFile(files.Count));
                chunk.Write("["u8);
                starts.Add(p);
            }
            else chunk.Write(","u8);
            chunk.Write(pages[p].Json);
        }
        if (chunk is not null) files.Add(End(chunk, files.Count));
        return (starts, files);

        static (string, PooledBufferWriter) End(PooledBufferWriter chunk, int index)
        {
            chunk.Write("];\n"u8);
            return (PagesFile(index), chunk);
        }
    }

    /// <summary>The start of a file of the index: <c>window.HotpassSearchParts.NAME=</c>, its map made by the first file loaded.</summary>
    private static void Part(PooledBufferWriter script, string path)
    {
        script.Write("window.HotpassSearchParts=window.HotpassSearchParts||{};window.HotpassSearchParts."u8);
        var name = path[Folder.Length..^3];
        Encoding.ASCII.GetBytes(name, script.GetSpan(name.Length));
        script.Advance(name.Length);
        script.Write("="u8);
    }

    private static void Number(PooledBufferWriter buffer, int value)
    {
        Utf8Formatter.TryFormat(value, buffer.GetSpan(11), out var digits);
        buffer.Advance(digits);
    }

    private static void Quoted(PooledBufferWriter buffer, string text)
    {
        buffer.Write("\""u8);
        buffer.Write(JsonEncodedText.Encode(text, SearchJson.Encoder).EncodedUtf8Bytes);
        buffer.Write("\""u8);
    }
}
