using System.CommandLine;

namespace Hotpass.Docs.Cli.Commands;

/// <summary>The options every gate-running command shares: where the site is, when to judge it, how to report.</summary>
public sealed class GateOptions
{
    public Option<string> Root { get; } = new("--root")
    {
        Description = "Site root: the folder holding hotpass-docs.yml and content/.",
        DefaultValueFactory = _ => ".",
        HelpName = "DIR",
    };

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "Instant freshness and reviews are judged at: a timestamp (2025-11-23 or 2025-11-23T00:00:00Z), 'now' or 'commit' (commit time of HEAD). Default: as_of in hotpass-docs.yml, else now.",
        HelpName = "WHEN",
    };

    public Option<string?> Commit { get; } = new("--commit")
    {
        Description = "The commit being built, which per-build evidence must carry. Default: evidence.commit in hotpass-docs.yml, else HEAD of the site's git checkout.",
        HelpName = "SHA",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Treat warnings as errors.",
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "How diagnostics are printed.",
        DefaultValueFactory = _ => "text",
        HelpName = "text|github|json|sarif",
    };

    public Option<bool> CheckExternal { get; } = new("--check-external")
    {
        Description = "Also fetch every external link once (with a timeout and a cache under .hotpass-docs/) and report failing ones.",
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On an internal error, print the stack trace too.",
    };

    /// <summary>Why <paramref name="root"/> cannot name a site root, checked before anything is read; null when it can.</summary>
    public static string? RootProblem(string? root)
    {
        if (string.IsNullOrEmpty(root) || root.Contains('\0', StringComparison.Ordinal)) return "--root must name a folder";
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full)) return $"--root '{full}' does not exist: expected a site root holding hotpass-docs.yml and content/";
        return null;
    }

    public GateOptions() => Format.AcceptOnlyFromAmong("text", "github", "json", "sarif");

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(AsOf);
        command.Options.Add(Commit);
        command.Options.Add(Strict);
        command.Options.Add(Format);
        command.Options.Add(CheckExternal);
        command.Options.Add(Verbose);
    }
}
