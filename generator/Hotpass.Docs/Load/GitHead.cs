namespace Hotpass.Docs.Load;

/// <summary>The commit HEAD names, read from <c>.git</c> without running git: a detached HEAD, a branch's loose ref,
/// or its line in <c>packed-refs</c>; a worktree's <c>.git</c> file is followed. Null when none of those says.</summary>
internal static class GitHead
{
    public static string? Read(string root)
    {
        try
        {
            var gitDir = GitDir(Path.Combine(root, ".git"));
            if (gitDir is null) return null;
            var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
            if (!head.StartsWith("ref: ", StringComparison.Ordinal)) return IsSha(head) ? head : null;
            var name = head[5..].Trim();
            // A worktree keeps HEAD itself, but its refs live in the common folder.
            var common = File.Exists(Path.Combine(gitDir, "commondir"))
                ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim()))
                : gitDir;
            foreach (var dir in new[] { gitDir, common })
            {
                var loose = Path.Combine(dir, name);
                if (File.Exists(loose) && File.ReadAllText(loose).Trim() is var sha && IsSha(sha)) return sha;
            }
            var packed = Path.Combine(common, "packed-refs");
            if (!File.Exists(packed)) return null;
            foreach (var line in File.ReadLines(packed))
                if (line.EndsWith(" " + name, StringComparison.Ordinal) && IsSha(line[..line.IndexOf(' ', StringComparison.Ordinal)]))
                    return line[..line.IndexOf(' ', StringComparison.Ordinal)];
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? GitDir(string dotGit)
    {
        if (Directory.Exists(dotGit)) return dotGit;
        if (!File.Exists(dotGit)) return null;
        var text = File.ReadAllText(dotGit).Trim();
        if (!text.StartsWith("gitdir:", StringComparison.Ordinal)) return null;
        var path = text[7..].Trim();
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dotGit)!, path));
    }

    private static bool IsSha(string text) => text.Length is 40 or 64 && text.All(char.IsAsciiHexDigit);
}
