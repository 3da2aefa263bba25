using System.Collections.Concurrent;

namespace Hotpass.Docs.Write;

/// <summary>Keeps the built site in memory instead of on disk: for tests, and for serving or comparing a build
/// without writing it.</summary>
internal sealed class InMemorySite : ISiteWriter
{
    private readonly ConcurrentDictionary<string, byte[]> _files;

    /// <param name="capacity">About how many files the build writes (a rebuild: as many as the last).</param>
    public InMemorySite(int capacity = 0) =>
        _files = new ConcurrentDictionary<string, byte[]>(Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.Ordinal);

    /// <summary>The committed site, by output path; empty until <see cref="Commit"/>.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; private set; } = new Dictionary<string, byte[]>();

    public WrittenFile Write(string outputPath, OutputKind kind, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        if (!_files.TryAdd(outputPath, copy)) throw new IOException($"'{outputPath}' was already written");
        return new WrittenFile(outputPath, kind, copy.Length, HashingCopy.Hash(copy));
    }

    /// <summary>Takes a file as a previous build wrote it (an incremental rebuild's page that did not change).</summary>
    internal void Carry(string outputPath, byte[] bytes)
    {
        if (!_files.TryAdd(outputPath, bytes)) throw new IOException($"'{outputPath}' was already written");
    }

    public WrittenFile Copy(string outputPath, OutputKind kind, string sourceFile)
    {
        using var buffer = new MemoryStream();
        var (size, sha) = HashingCopy.Copy(sourceFile, buffer);
        if (!_files.TryAdd(outputPath, buffer.ToArray())) throw new IOException($"'{outputPath}' was already written");
        return new WrittenFile(outputPath, kind, size, sha);
    }

    public void Commit() => Files = new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal);

    public void Dispose() => _files.Clear();
}
