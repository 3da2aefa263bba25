using System.Collections.Concurrent;

namespace Hotpass.Docs.Write;

/// <summary>The contract between the build and what runs after it: every output registered with its source.</summary>
public sealed class OutputManifest
{
    private readonly ConcurrentDictionary<string, ManifestEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Registers an output; returns the entry already holding that path when two sources collide.</summary>
    public ManifestEntry? Add(ManifestEntry entry) =>
        _entries.TryAdd(entry.OutputPath, entry) ? null : _entries[entry.OutputPath];

    public bool Contains(string outputPath) => _entries.ContainsKey(outputPath);

    public IReadOnlyList<ManifestEntry> Entries =>
        [.. _entries.Values.OrderBy(e => e.OutputPath, StringComparer.Ordinal)];
}
