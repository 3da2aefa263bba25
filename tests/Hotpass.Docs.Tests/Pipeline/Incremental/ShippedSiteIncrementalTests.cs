namespace Hotpass.Docs.Tests.Pipeline.Incremental;

/// <summary>Edits to the real shipped site (governance, evidence, its own theme and configuration) rebuild to the bytes
/// of a full build: a plain page's body renders that page, its title its section; prose on a governance page renders that page, and a
/// declaration edit every page.</summary>
public sealed class ShippedSiteIncrementalTests : IDisposable
{
    private const string Guide = "content/how-to/rerun-failed-chunk.md";
    private readonly IncrementalSite _site = IncrementalSite.CopyOfShipped();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Edits_to_the_shipped_site_match_a_full_build()
    {
        var first = _site.Rebuild();
        Assert.Equal(0, first.Result.ExitCode);
        var pages = first.State!.RenderedPages.Count;

        var body = _site.Edit(Guide, text => text + "\nOne more line for the incremental test.\n").Rebuild();
        Assert.Equal(["how-to/rerun-failed-chunk.html"], body.State!.RenderedPages);

        var title = _site.Edit(Guide, text => text.Replace("title: Re-run a failed chunk", "title: Re-run the failed chunks", StringComparison.Ordinal)).Rebuild();
        Assert.All(title.State!.RenderedPages, p => Assert.StartsWith("how-to/", p, StringComparison.Ordinal));
        Assert.True(title.State.RenderedPages.Count > 1);

        // Prose on a page that declares controls changes that page alone: its front matter and tables are as they were.
        var prose = _site.Edit("content/governance/control-matrix.md", text => text + "\nA closing note.\n").Rebuild();
        Assert.Equal(["governance/control-matrix.html"], prose.State!.RenderedPages);

        // A declaration edit (a control's title, in its table) changes generated pages: every page renders.
        var declaration = _site.Edit("content/governance/control-matrix.md", text => text.Replace(
            "| Secrets served from Vault with audit logging |", "| Secrets served from Vault, audited |", StringComparison.Ordinal)).Rebuild();
        Assert.Equal(pages, declaration.State!.RenderedPages.Count);
    }
}
