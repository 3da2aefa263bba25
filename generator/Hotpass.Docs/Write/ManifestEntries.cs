namespace Hotpass.Docs.Write;

/// <summary>Each file's <c>manifest.json</c> entry as the previous build wrote it, kept by <c>serve</c>: an entry is a
/// function of the file's path, kind, size and hash alone, so a rebuild writes again only the entries of files that
/// changed.</summary>
internal sealed class ManifestEntries
{
    private readonly Dictionary<WrittenFile, byte[]> _entries;

    public ManifestEntries(IReadOnlyList<WrittenFile> files, byte[][] entries)
    {
        _entries = new Dictionary<WrittenFile, byte[]>(files.Count);
        for (var i = 0; i < files.Count; i++) _entries.TryAdd(files[i], entries[i]);
    }

    public byte[]? Find(WrittenFile file) => _entries.GetValueOrDefault(file);
}
