using System.Diagnostics;
using System.Globalization;

namespace Hotpass.Docs.Load;

/// <summary>Turns <c>--as-of</c> (a timestamp, <c>now</c> or <c>commit</c>) into the one instant freshness is judged at.</summary>
internal static class AsOfResolver
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ssK"];

    /// <summary>Returns the instant, or null with <paramref name="error"/> set when the text names none.</summary>
    public static DateTimeOffset? Resolve(string? text, string root, TimeProvider clock, out string? error)
    {
        error = null;
        switch (text)
        {
            case null or "" or "now":
                return clock.GetUtcNow();
            case "commit":
                var commit = CommitTime(root);
                if (commit is null) error = "'commit' needs a git repository with at least one commit at the site root";
                return commit;
        }
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            return value;
        error = $"'{text}' is not a timestamp (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ), 'now' or 'commit'";
        return null;
    }

    private static DateTimeOffset? CommitTime(string root)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, "log", "-1", "--format=%cI", "HEAD"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(start);
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && DateTimeOffset.TryParse(output, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var when)
                ? when
                : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
