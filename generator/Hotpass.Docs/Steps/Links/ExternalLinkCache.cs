using System.Text.Json;

namespace Hotpass.Docs.Steps.Links;

/// <summary>Results of fetching external links, kept between builds in <c>.hotpass-docs/external-cache.json</c> under the
/// site root (never in the output), so a link is fetched at most once per <see cref="MaxAge"/>.</summary>
internal sealed class ExternalLinkCache
{
    public const string RelativePath = ".hotpass-docs/external-cache.json";

    public static TimeSpan MaxAge { get; } = TimeSpan.FromDays(1);

    private readonly Dictionary<string, Entry> _entries;

    private ExternalLinkCache(Dictionary<string, Entry> entries) => _entries = entries;

    /// <summary>One fetch: when, and the failure (null when the link worked).</summary>
    public sealed record Entry(DateTimeOffset CheckedAt, string? Error);

    public static ExternalLinkCache Load(string root)
    {
        try
        {
            var entries = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(root, RelativePath)), ExternalLinkCacheJson.Default.DictionaryStringEntry);
            return new ExternalLinkCache(new Dictionary<string, Entry>(entries ?? [], StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return new ExternalLinkCache(new Dictionary<string, Entry>(StringComparer.Ordinal)); // no cache, or a damaged one: fetch again
        }
    }

    public Entry? Fresh(string url, DateTimeOffset now) =>
        _entries.TryGetValue(url, out var entry) && now - entry.CheckedAt < MaxAge && entry.CheckedAt <= now ? entry : null;

    public void Set(string url, Entry entry) => _entries[url] = entry;

    public void Save(string root)
    {
        var path = Path.Combine(root, RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sorted = new SortedDictionary<string, Entry>(_entries, StringComparer.Ordinal);
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(sorted, ExternalLinkCacheJson.Default.SortedDictionaryStringEntry));
    }
}
