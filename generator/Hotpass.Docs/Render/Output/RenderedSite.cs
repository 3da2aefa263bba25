using System.Collections.Concurrent;

namespace Hotpass.Docs.Render.Output;

/// <summary>Everything the render wrote, as facts: what runs after rendering (sitemap, link gate, manifest) reads
/// this, never the written bytes.</summary>
public sealed class RenderedSite
{
    private readonly ConcurrentDictionary<string, RenderedFile> _files;
    // Every step after rendering reads the sorted list; it is sorted once and again only after a later add.
    private volatile IReadOnlyList<RenderedFile>? _sorted;

    /// <param name="capacity">About how many files the build writes, so the map is not regrown thousands of entries in.</param>
    public RenderedSite(int capacity = 0) =>
        _files = new ConcurrentDictionary<string, RenderedFile>(Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.Ordinal);

    /// <summary>Registers a written file; false when the path was already taken (the first stays).</summary>
    public bool Add(RenderedFile file)
    {
        if (!_files.TryAdd(file.OutputPath, file)) return false;
        _sorted = null;
        return true;
    }

    public bool Contains(string outputPath) => _files.ContainsKey(outputPath);

    public RenderedFile? Find(string outputPath) => _files.GetValueOrDefault(outputPath);

    public int Count => _files.Count;

    /// <summary>Every file, in ordinal order of path.</summary>
    public IReadOnlyList<RenderedFile> Files => _sorted ??= [.. _files.Values.OrderBy(f => f.OutputPath, StringComparer.Ordinal)];
}
