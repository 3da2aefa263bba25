namespace Hotpass.Docs.Pipeline;

/// <summary>Refuses output folders whose replacement would destroy sources: the root itself, one of its
/// ancestors, or a folder inside the content or templates.</summary>
internal static class OutputFolderGuard
{
    /// <summary>Null when <paramref name="outDir"/> is safe to replace, else why it is not.</summary>
    public static string? Problem(string root, string outDir, params string[] sourceDirs)
    {
        if (Same(root, outDir)) return "is the site root";
        if (IsInside(root, outDir)) return "contains the site root";
        foreach (var dir in sourceDirs)
            if (Same(dir, outDir) || IsInside(outDir, dir) || IsInside(dir, outDir)) return $"overlaps the source folder '{dir}'";
        return null;
    }

    private static bool Same(string a, string b) => string.Equals(Trim(a), Trim(b), StringComparison.Ordinal);

    private static bool IsInside(string inner, string outer) =>
        Trim(inner).StartsWith(Trim(outer) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Trim(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
