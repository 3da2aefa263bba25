using Hotpass.Docs.Cli.Serve;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Serve;

/// <summary>The rebuilder's promises with incremental rebuilds: each served snapshot is one whole build, the same files
/// as a full build of the tree; a failed rebuild keeps the last good snapshot and says why; the next good one recovers.</summary>
public sealed class SiteRebuilderTests : IDisposable
{
    private readonly TempSite _site = new();
    private readonly SiteRebuilder _rebuilder;

    public SiteRebuilderTests()
    {
        _site.Page("index.md", "Home", "See [the guide](how-to/guide.md#steps).\n")
            .Page("how-to/guide.md", "Guide", "Old words.\n\n## Steps\n\nDo it.\n")
            .Page("how-to/other.md", "Other", "Other words.\n");
        _rebuilder = new SiteRebuilder(SitePipeline.CreateDefault(), new BuildRequest(_site.Root, AsOf: "2025-11-23T00:00:00Z"), new ServeEvents());
        Assert.True(_rebuilder.Rebuild().Succeeded);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Two_edits_before_a_rebuild_give_one_site_with_both()
    {
        _site.Page("how-to/guide.md", "Guide", "New words.\n\n## Steps\n\nDo it.\n").Page("how-to/other.md", "Other, renamed", "Other words.\n");
        var outcome = _rebuilder.Rebuild();
        Assert.Equal(2, outcome.Generation);
        AssertServesFullBuild();
    }

    [Fact]
    public async Task Rebuilds_racing_each_other_and_an_edit_are_serialised_and_the_next_serves_the_last_tree()
    {
        _site.Page("how-to/guide.md", "Guide", "First edit.\n\n## Steps\n\nDo it.\n");
        var first = Task.Run(_rebuilder.Rebuild);
        _site.Page("how-to/other.md", "Other", "Second edit.\n");
        var second = Task.Run(_rebuilder.Rebuild);
        var outcomes = await Task.WhenAll(first, second);
        // A rebuild may read the second file half written and fail; the watcher's next rebuild settles it, as here.
        var last = _rebuilder.Rebuild();
        Assert.True(last.Succeeded);
        Assert.Equal(1 + outcomes.Count(o => o.Succeeded) + 1, last.Generation);
        AssertServesFullBuild();
    }

    [Fact]
    public void A_page_created_then_renamed_while_serving_is_served_under_its_new_name()
    {
        _site.Page("how-to/new.md", "New", "Some text.\n");
        Assert.True(_rebuilder.Rebuild().Succeeded);
        File.Move(Path.Combine(_site.Root, "content/how-to/new.md"), Path.Combine(_site.Root, "content/how-to/renamed.md"));
        var outcome = _rebuilder.Rebuild();
        Assert.True(outcome.Succeeded, TempSite.Lines(outcome.Diagnostics));
        Assert.False(_rebuilder.Current!.Files.ContainsKey("how-to/new.html"));
        AssertServesFullBuild();
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_site_and_reports_the_error_and_fixing_it_recovers()
    {
        var good = _rebuilder.Current!;
        _site.Page("how-to/guide.md", "Guide", "Old words.\n\n## Renamed steps\n\nDo it.\n");
        var broken = _rebuilder.Rebuild();
        Assert.False(broken.Succeeded);
        Assert.Same(good, _rebuilder.Current);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("HPD201", "content/index.md"), (error.Code, error.Location.Path));

        _site.Page("index.md", "Home", "See [the guide](how-to/guide.md#renamed-steps).\n");
        var recovered = _rebuilder.Rebuild();
        Assert.True(recovered.Succeeded);
        Assert.Equal(good.Generation + 1, recovered.Generation);
        AssertServesFullBuild();
    }

    private void AssertServesFullBuild()
    {
        var (result, full) = _site.BuildInMemory();
        Assert.Equal(0, result.ExitCode);
        var served = _rebuilder.Current!.Files;
        Assert.Equal(full.Files.Keys.Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        Assert.All(full.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(served[f.Key]), f.Key));
    }
}
