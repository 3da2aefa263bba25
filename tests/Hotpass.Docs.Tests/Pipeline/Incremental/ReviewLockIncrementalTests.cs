using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline.Incremental;

/// <summary>In <c>serve</c>, accepting a declaration in review (only <c>governance.lock.json</c> changes) renders the
/// governance pages again: <see cref="IncrementalSite.Rebuild"/> compares every byte with a full build.</summary>
public sealed class ReviewLockIncrementalTests
{
    [Fact]
    public void Accepting_a_suspect_control_between_rebuilds_clears_it_everywhere()
    {
        using var site = new IncrementalSite();
        // The control cites no evidence; its missing-evidence error is lowered so every build writes the site.
        site.Write("hotpass-docs.yml", "title: T\ndiagnostics: { HPD451: warning }\n");
        site.Page("index.md", "Home", "Text.\n", "controls:\n  - { id: CTL-A, title: A, owner: x }\n");
        Assert.Equal(0, CliRunner.Run("review", "accept", "--root", site.Site.Root).Exit);
        site.Rebuild();
        site.Page("index.md", "Home", "Text.\n", "controls:\n  - { id: CTL-A, title: A changed, owner: x }\n");
        site.Rebuild();

        Assert.Equal(0, CliRunner.Run("review", "accept", "CTL-A", "--root", site.Site.Root).Exit);
        var state = site.Rebuild().State!;

        var page = System.Text.Encoding.UTF8.GetString(state.Files["governance/controls/CTL-A.html"]);
        Assert.Contains("A changed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("status-suspect", page, StringComparison.Ordinal);
    }
}
