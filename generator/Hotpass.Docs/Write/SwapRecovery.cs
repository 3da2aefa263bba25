using System.Globalization;

namespace Hotpass.Docs.Write;

/// <summary>Finishes or undoes a swap a killed build left half done, and sweeps the staging and old folders of
/// processes that are gone. Folder names carry the pid of the build that made them
/// (<c>.{name}.staging-{pid}</c>, <c>.{name}.old-{pid}</c>), which is how a dead build's leftovers are told apart
/// from a running one's.</summary>
internal static class SwapRecovery
{
    /// <summary>Staging folder of process <paramref name="pid"/> for output <paramref name="outDir"/>.</summary>
    public static string StagingDir(string outDir, int pid) => Sibling(outDir, "staging", pid);

    /// <summary>Where process <paramref name="pid"/> moves the previous site while swapping.</summary>
    public static string OldDir(string outDir, int pid) => Sibling(outDir, "old", pid);

    /// <summary>Repairs <paramref name="outDir"/> and returns what was done, one line per action.</summary>
    /// <remarks>Commit renames the old site aside only once staging is complete, so an old folder proves its
    /// staging folder is a whole site: with no output in place, the swap is finished with it; an old folder
    /// alone is put back. A staging folder without an old one was never complete and is deleted.</remarks>
    public static IReadOnlyList<string> Recover(string outDir, Func<int, bool>? isAlive = null)
    {
        isAlive ??= ProcessIsAlive;
        var actions = new List<string>();
        var parent = Path.GetDirectoryName(outDir);
        if (parent is null || !Directory.Exists(parent)) return actions;
        var name = Path.GetFileName(outDir);
        foreach (var pid in LeftoverPids(parent, name).Where(p => p != Environment.ProcessId && !isAlive(p)))
        {
            var staging = StagingDir(outDir, pid);
            var old = OldDir(outDir, pid);
            if (Directory.Exists(old) && !Exists(outDir))
            {
                if (Directory.Exists(staging))
                {
                    Directory.Move(staging, outDir);
                    actions.Add($"finished the swap of killed build {pid} (its complete new site moved into place)");
                }
                else
                {
                    Directory.Move(old, outDir);
                    actions.Add($"put back the previous site that killed build {pid} had moved aside");
                }
            }
            if (Directory.Exists(old)) Delete(old, actions, $"deleted the previous site left aside by killed build {pid}");
            if (Directory.Exists(staging)) Delete(staging, actions, $"deleted the unfinished staging folder of killed build {pid}");
        }
        return actions;
    }

    private static void Delete(string dir, List<string> actions, string done)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
            actions.Add(done);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            actions.Add($"could not delete '{dir}': {e.Message}");
        }
    }

    private static SortedSet<int> LeftoverPids(string parent, string name)
    {
        var pids = new SortedSet<int>();
        foreach (var kind in (string[])["staging", "old"])
        {
            var prefix = $".{name}.{kind}-";
            foreach (var dir in Directory.EnumerateDirectories(parent, prefix + "*"))
            {
                var tail = Path.GetFileName(dir)[prefix.Length..];
                if (int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0) pids.Add(pid);
            }
        }
        return pids;
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    private static string Sibling(string outDir, string kind, int pid) =>
        Path.Combine(Path.GetDirectoryName(outDir)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(outDir)}.{kind}-{pid}"));

    private static bool ProcessIsAlive(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists("/proc/" + pid.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
