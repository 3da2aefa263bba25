using Hotpass.Docs.Load;
namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>The stamps of every file under a folder (missing folder: none), by path relative to it in ordinal order:
/// two are equal when no file was added, removed or changed.</summary>
internal sealed class FolderStamp : IEquatable<FolderStamp>
{
    private readonly (string Path, FileStamp Stamp)[] _files;

    private FolderStamp((string Path, FileStamp Stamp)[] files) => _files = files;

    public static FolderStamp Empty { get; } = new([]);

    public static FolderStamp Of(string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return Empty;
        var files = new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => (Path.GetRelativePath(folder, f.FullName), new FileStamp(f.Length, f.LastWriteTimeUtc.Ticks)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToArray();
        return new FolderStamp(files);
    }

    /// <summary>Whether any file's stamp could hide a later write (see <see cref="FileStamp.IsRacy"/>).</summary>
    public bool IsRacy(DateTimeOffset stampedAt) => _files.Any(f => f.Stamp.IsRacy(stampedAt));

    public bool Equals(FolderStamp? other) => other is not null && _files.AsSpan().SequenceEqual(other._files);

    public override bool Equals(object? obj) => Equals(obj as FolderStamp);

    public override int GetHashCode() => _files.Length;
}
