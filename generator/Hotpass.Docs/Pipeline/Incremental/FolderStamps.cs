namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>The stamps of the folders the features read besides the pages (a site's framework catalogues), in the
/// features' order: two are equal when every folder's stamp is.</summary>
internal sealed class FolderStamps : IEquatable<FolderStamps>
{
    private readonly FolderStamp[] _folders;

    public FolderStamps(IEnumerable<FolderStamp> folders) => _folders = [.. folders];

    public static FolderStamps Empty { get; } = new([]);

    /// <summary>Whether any file's stamp could hide a later write (see <see cref="FolderStamp.IsRacy"/>).</summary>
    public bool IsRacy(DateTimeOffset stampedAt) => _folders.Any(f => f.IsRacy(stampedAt));

    public bool Equals(FolderStamps? other) => other is not null && _folders.AsSpan().SequenceEqual(other._folders);

    public override bool Equals(object? obj) => Equals(obj as FolderStamps);

    public override int GetHashCode() => _folders.Length;
}
