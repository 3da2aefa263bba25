namespace Hotpass.Docs.Diagnostics;

/// <summary>A place in a source file: a path relative to the site root, with 1-based line and column, or line and
/// column 0 for the file as a whole (<see cref="File"/>).</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>Orders by path (ordinal), then line, then column.</summary>
    public static IComparer<SourceLocation> Order { get; } = Comparer<SourceLocation>.Create((a, b) =>
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        if (byPath != 0) return byPath;
        var byLine = a.Line.CompareTo(b.Line);
        return byLine != 0 ? byLine : a.Column.CompareTo(b.Column);
    });

    /// <summary>A location that names a file but no position in it.</summary>
    public static SourceLocation File(string path) => new(path, 0, 0);

    /// <summary>False for a location naming only a file.</summary>
    public bool HasPosition => Line > 0;

    /// <summary><c>path(line,col)</c>, or just <c>path</c> when there is no position.</summary>
    public override string ToString() => HasPosition ? $"{Path}({Line},{Column})" : Path;
}
