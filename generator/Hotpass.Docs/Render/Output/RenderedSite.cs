using System.Collections.Concurrent;

namespace Hotpass.Docs.Render.Output;

/// <summary>Everything the render wrote, as facts: what runs after rendering (sitemap, link gate, manifest) reads
/// this, never the written bytes.</summary>
internal sealed class RenderedSite
{
    private readonly ConcurrentDictionary<string, RenderedFile> _files;
    private readonly Lock _gate = new();
    // Every step after rendering reads the sorted list: it is sorted once, and a file a step adds later is inserted
    // in its place (a new array, so a list already handed out never changes) rather than the whole list sorted again.
    private volatile RenderedFile[]? _sorted;

    /// <param name="capacity">About how many files the build writes, so the map is not regrown thousands of entries in.</param>
    public RenderedSite(int capacity = 0) =>
        _files = new ConcurrentDictionary<string, RenderedFile>(Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.Ordinal);

    /// <summary>Registers a written file; false when the path was already taken (the first stays).</summary>
    public bool Add(RenderedFile file)
    {
        if (!_files.TryAdd(file.OutputPath, file)) return false;
        // Checked under the lock: a list being sorted meanwhile either took this file in or is inserted into after.
        lock (_gate)
            if (_sorted is { } sorted) _sorted = Inserted(sorted, file);
        return true;
    }

    public bool Contains(string outputPath) => _files.ContainsKey(outputPath);

    public RenderedFile? Find(string outputPath) => _files.GetValueOrDefault(outputPath);

    public int Count => _files.Count;

    /// <summary>Every file, in ordinal order of path.</summary>
    public IReadOnlyList<RenderedFile> Files
    {
        get
        {
            if (_sorted is { } sorted) return sorted;
            lock (_gate) return _sorted ??= [.. _files.Values.OrderBy(f => f.OutputPath, StringComparer.Ordinal)];
        }
    }

    /// <summary>The list with <paramref name="file"/> in its place; the same list when the sort already took it in.</summary>
    private static RenderedFile[] Inserted(RenderedFile[] sorted, RenderedFile file)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(sorted[middle].OutputPath, file.OutputPath);
            if (order == 0) return sorted;
            if (order < 0) low = middle + 1;
            else high = middle;
        }
        var inserted = new RenderedFile[sorted.Length + 1];
        Array.Copy(sorted, inserted, low);
        inserted[low] = file;
        Array.Copy(sorted, low, inserted, low + 1, sorted.Length - low);
        return inserted;
    }
}
