using Hotpass.Docs.Load;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Judging;

/// <summary>The evidence: configuration key and where the commit being built comes from.</summary>
public sealed class EvidenceSettingsTests
{
    private const string Control = "controls:\n  - id: CTL-W\n    title: W\n    cadence: weekly\n    evidence: [\"logs/*\"]\n";

    private static TempSite Site(string config, string folder = "evidence") => new TempSite()
        .File("hotpass-docs.yml", config)
        .Page("governance/c.md", "C", extra: Control)
        .File(folder + "/logs/a.txt", "x").File(folder + "/logs/a.txt.evidence.yaml", "collected_at: 2025-11-17T00:00:00Z\n");

    private static string Ours(BuildResult result) =>
        TempSite.Lines(result.Diagnostics.Where(d => d.Descriptor.Code.StartsWith("HPD45", StringComparison.Ordinal) || d.Descriptor.Code.StartsWith("HPD00", StringComparison.Ordinal)));

    [Fact]
    public void Due_fraction_widens_or_narrows_the_due_window()
    {
        using var wide = Site("evidence:\n  due_fraction: 0.2\n");
        using var narrow = Site("evidence:\n  due_fraction: 0.1\n");
        Assert.Contains("warning HPD453", Ours(wide.Build(write: false)), StringComparison.Ordinal);
        Assert.Equal("", Ours(narrow.Build(write: false)));
    }

    [Fact]
    public void The_folder_may_be_named_by_a_plain_value()
    {
        using var site = Site("evidence: proof\n", "proof");
        Assert.Contains("warning HPD453: Control 'CTL-W' evidence is due: newest matching evidence 'logs/a'", Ours(site.Build(write: false)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_fraction_or_unknown_key_is_a_configuration_error()
    {
        using var site = Site("evidence:\n  due_fraction: 1.5\n  dirr: x\n");
        var result = site.Build(write: false);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("evidence.due_fraction", Ours(result), StringComparison.Ordinal);
        Assert.Contains("'evidence.dirr'", TempSite.Lines(result.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void Head_is_read_from_git_without_running_git()
    {
        using var site = new TempSite()
            .File(".git/HEAD", "ref: refs/heads/main\n")
            .File(".git/packed-refs", "# pack-refs with: peeled\n" + new string('a', 40) + " refs/heads/main\n");
        Assert.Equal(new string('a', 40), GitHead.Read(site.Root));
        site.File(".git/refs/heads/main", new string('b', 40) + "\n");
        Assert.Equal(new string('b', 40), GitHead.Read(site.Root));
        site.File(".git/HEAD", new string('c', 40) + "\n");
        Assert.Equal(new string('c', 40), GitHead.Read(site.Root));
    }

    [Fact]
    public void A_worktree_git_file_is_followed()
    {
        using var site = new TempSite()
            .File("repo/.git/worktrees/w/HEAD", "ref: refs/heads/w\n")
            .File("repo/.git/worktrees/w/commondir", "../..\n")
            .File("repo/.git/refs/heads/w", new string('d', 40) + "\n");
        site.File("w/.git", "gitdir: " + Path.Combine(site.Root, "repo/.git/worktrees/w") + "\n");
        Assert.Equal(new string('d', 40), GitHead.Read(Path.Combine(site.Root, "w")));
    }

    [Fact]
    public void No_git_folder_means_no_commit()
    {
        using var site = new TempSite();
        Assert.Null(GitHead.Read(site.Root));
    }
}
