namespace Hotpass.Docs.Load;

/// <summary>A file found under the content folder: its path there and its full path on disk.</summary>
public sealed record ContentFile(string ContentPath, string FullPath)
{
    /// <summary>Its size and last-write time when the scan found them (it stats every file to check its kind).</summary>
    public FileStamp? Stamp { get; init; }
}
