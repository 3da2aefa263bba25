using System.Text;
using System.Text.Json;
using Hotpass.Docs.Steps.Search;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>The search index a build wrote, read back with no knowledge but its documented layout
/// (<see cref="SearchIndexBuilder"/>): the root, every file of keys it names and every file of pages.</summary>
internal sealed class SearchIndexReader
{
    /// <summary>One page's record: its URL (as written: percent-encoded), title, summary and sections (section 0 is the top).</summary>
    public sealed record PageRecord(string Url, string Title, string Summary, IReadOnlyList<(string Heading, string Id, string Snippet)> Sections);

    private SearchIndexReader(List<PageRecord> pages, Dictionary<string, List<(int Page, int Place)>> keys, List<string> keyStarts, List<int> chunks)
        => (Pages, Keys, KeyStarts, Chunks) = (pages, keys, keyStarts, chunks);

    public IReadOnlyList<PageRecord> Pages { get; }

    /// <summary>Every key with the pages that have it, in page order, each at its place (<see cref="SearchPlace"/>).</summary>
    public IReadOnlyDictionary<string, List<(int Page, int Place)>> Keys { get; }

    public IReadOnlyList<string> KeyStarts { get; }

    public IReadOnlyList<int> Chunks { get; }

    public int PageIndex(string url) => Pages.Select((p, i) => (p, i)).Single(x => x.p.Url == url).i;

    /// <summary>The place <paramref name="key"/> has on the page at <paramref name="url"/>; null when the page lacks it.</summary>
    public int? PlaceOf(string key, string url)
    {
        var page = PageIndex(url);
        return Keys.TryGetValue(key, out var postings) ? postings.Where(p => p.Page == page).Select(p => (int?)p.Place).FirstOrDefault() : null;
    }

    public static SearchIndexReader FromFolder(string folder) =>
        Read(path => File.Exists(Path.Combine(folder, path)) ? File.ReadAllText(Path.Combine(folder, path)) : null);

    public static SearchIndexReader FromBytes(IReadOnlyDictionary<string, byte[]> files) =>
        Read(path => files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : null);

    public static SearchIndexReader FromText(IReadOnlyDictionary<string, string> files) => Read(path => files.GetValueOrDefault(path));

    private static SearchIndexReader Read(Func<string, string?> file)
    {
        var rootText = file(SearchIndexBuilder.FileName) ?? throw new InvalidOperationException("no " + SearchIndexBuilder.FileName);
        const string rootStart = "window.HotpassSearchIndex=";
        Assert.StartsWith(rootStart, rootText, StringComparison.Ordinal);
        using var root = JsonDocument.Parse(rootText[rootStart.Length..^2]);
        Assert.Equal(3, root.RootElement.GetProperty("v").GetInt32());
        var count = root.RootElement.GetProperty("pages").GetInt32();
        var starts = root.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
        var chunks = root.RootElement.GetProperty("chunks").EnumerateArray().Select(c => c.GetInt32()).ToList();

        var pages = new List<PageRecord>();
        for (var i = 0; i < chunks.Count; i++)
        {
            using var chunk = Part(file, SearchIndexBuilder.PagesFile(i));
            Assert.Equal(chunks[i], pages.Count);
            foreach (var page in chunk.RootElement.EnumerateArray())
                pages.Add(new PageRecord(page[0].GetString()!, page[1].GetString()!, page[2].GetString()!,
                    [.. page[3].EnumerateArray().Select(s => (s[0].GetString()!, s[1].GetString()!, s[2].GetString()!))]));
        }
        Assert.Equal(count, pages.Count);
        Assert.Null(file(SearchIndexBuilder.PagesFile(chunks.Count)));

        var keys = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Count; i++)
        {
            using var part = Part(file, SearchIndexBuilder.KeysFile(i));
            var names = part.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
            var postings = part.RootElement.GetProperty("postings").EnumerateArray().Select(p => p.GetString()!).ToList();
            Assert.Equal(names.Count, postings.Count);
            Assert.Equal(starts[i], names[0]);
            for (var k = 0; k < names.Count; k++)
            {
                // Each file holds the keys from its start up to the next file's, in ordinal order.
                if (k > 0) Assert.True(string.CompareOrdinal(names[k - 1], names[k]) < 0, names[k]);
                if (i + 1 < starts.Count) Assert.True(string.CompareOrdinal(names[k], starts[i + 1]) < 0, names[k]);
                var numbers = TermCode.Decode(postings[k]);
                var list = new List<(int, int)>();
                var page = 0;
                for (var n = 0; n < numbers.Count; n += 2) list.Add((page += numbers[n], numbers[n + 1]));
                keys.Add(names[k], list);
            }
        }
        Assert.Null(file(SearchIndexBuilder.KeysFile(starts.Count)));
        return new SearchIndexReader(pages, keys, starts, chunks);
    }

    private static JsonDocument Part(Func<string, string?> file, string path)
    {
        var text = file(path) ?? throw new InvalidOperationException("no " + path);
        var name = path[SearchIndexBuilder.Folder.Length..^3];
        var start = "window.HotpassSearchParts=window.HotpassSearchParts||{};window.HotpassSearchParts." + name + "=";
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.EndsWith(";\n", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text[start.Length..^2]);
    }
}
