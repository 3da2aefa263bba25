namespace Hotpass.Docs.Load;

/// <summary>Where a path really leads: every symbolic link on the way resolved, in any segment, as realpath(3) does,
/// so a folder reached through a linked ancestor is judged by where it is, not by how it is named.</summary>
/// <remarks>Segments that do not exist are kept as written (nothing is there to follow). '..' after a resolved link
/// climbs from the link's target, as the kernel would, not from the name.</remarks>
internal static class RealPath
{
    // The kernel's own bound on links followed in one lookup (Linux MAXSYMLINKS); past it a path is a loop.
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (made absolute first); null when its links loop or the file
    /// system will not say where a link leads, so an unresolved path is never guessed to be safe.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Segments(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment is "." or "") continue;
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, segment);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // The target replaces the link's segment; a relative one is read from the folder holding the link.
            var rest = target;
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                rest = target[current.Length..];
            }
            foreach (var part in Segments(rest).Reverse()) pending.Push(part);
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it (both real paths).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var outer = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(Path.TrimEndingDirectorySeparator(path), outer, StringComparison.Ordinal)
            || path.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string[] Segments(string path) => path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
}
