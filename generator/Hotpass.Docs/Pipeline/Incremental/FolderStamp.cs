using Hotpass.Docs.Configuration;
using Hotpass.Docs.Load;
namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>The stamps of every file under a folder (missing folder: none) that the build does not leave out, by path
/// relative to it in ordinal order: two are equal when no file was added, removed or changed.</summary>
internal sealed class FolderStamp : IEquatable<FolderStamp>
{
    private readonly (string Path, FileStamp Stamp)[] _files;

    private FolderStamp((string Path, FileStamp Stamp)[] files) => _files = files;

    public static FolderStamp Empty { get; } = new([]);

    /// <param name="excluded">What the build leaves out (editors' leftovers when null), matched against
    /// <paramref name="sourcePrefix"/> (the folder's path from the site root, with its trailing '/') and the file's path
    /// in the folder: a file the build does not read is not stamped, so a change to <c>exclude:</c> that drops or adds a
    /// file changes the stamp, as it changes what a full build reads.</param>
    public static FolderStamp Of(string? folder, InputExclusions? excluded = null, string sourcePrefix = "")
    {
        if (folder is null || !Directory.Exists(folder)) return Empty;
        excluded ??= InputExclusions.Default;
        var files = new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => (Path: Path.GetRelativePath(folder, f.FullName), File: f))
            .Where(f => !excluded.ExcludesFile(sourcePrefix + f.Path))
            .Select(f => (f.Path, new FileStamp(f.File.Length, f.File.LastWriteTimeUtc.Ticks)))
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
