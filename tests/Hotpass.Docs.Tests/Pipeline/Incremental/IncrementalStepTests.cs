using Hotpass.Docs.Pipeline.Incremental;
using Hotpass.Docs.Steps.Links;
using Hotpass.Docs.Steps.Search;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline.Incremental;

/// <summary>In <c>serve</c>, the link gate and the search index redo only the part of their work an edit can change, and
/// still give what a full build gives (<see cref="IncrementalSite.Rebuild"/> compares every byte and diagnostic).</summary>
public sealed class IncrementalStepTests : IDisposable
{
    private readonly IncrementalSite _site = new();

    public IncrementalStepTests()
    {
        _site.Page("index.md", "Home", "Welcome. Start with [the guide](how-to/a.md).\n")
            .Page("how-to/a.md", "Alpha guide", "See [install](../reference/r1.md#install).\n")
            .Page("how-to/b.md", "Beta guide", "Beta words about rotation.\n")
            .Page("reference/r1.md", "Reference one", "## Install\n\nRun it.\n")
            .Page("reference/r2.md", "Reference two", "Nothing links here.\n");
    }

    public void Dispose() => _site.Dispose();

    private static T Memo<T>(BuildState state) => (T)state.StepMemos[typeof(T)];

    // 404.html is written by a step on every build, so its facts are always new and its links always checked.
    private const int NotFoundPage = 1;

    [Fact]
    public void The_first_build_checks_and_indexes_every_page()
    {
        var state = _site.Rebuild().State!;
        Assert.Equal(state.PageOutputs.Count + NotFoundPage, Memo<LinkGateMemo>(state).Checked);
        Assert.Equal(state.PageOutputs.Count, Memo<SearchIndexMemo>(state).Indexed);
    }

    [Fact]
    public void A_body_edit_checks_the_links_of_that_page_alone_and_indexes_it_alone()
    {
        _site.Rebuild();
        var state = _site.Page("how-to/b.md", "Beta guide", "Beta words about renewal instead.\n").Rebuild().State!;
        Assert.Equal(1 + NotFoundPage, Memo<LinkGateMemo>(state).Checked);
        Assert.Equal(1, Memo<SearchIndexMemo>(state).Indexed);
        Assert.Contains("renewal", SearchIndexReader.FromBytes(state.Files).Keys.Keys);
    }

    [Fact]
    public void A_page_whose_ids_change_has_the_pages_linking_to_it_checked_again()
    {
        _site.Rebuild();
        var state = _site.Page("reference/r1.md", "Reference one", "## Install\n\nRun it.\n\n## Verify\n\nCheck it.\n").Rebuild().State!;
        // r1 itself; a.md, whose fragment link points into r1; and the pages whose navigation links to r1: the reference
        // section's index and r2 beside it. The home page, b.md and the how-to index do not link to r1.
        Assert.Equal(4 + NotFoundPage, Memo<LinkGateMemo>(state).Checked);
    }

    [Fact]
    public void Nothing_changed_checks_and_indexes_nothing()
    {
        _site.Rebuild();
        var state = _site.Rebuild().State!;
        Assert.Equal(NotFoundPage, Memo<LinkGateMemo>(state).Checked);
        Assert.Equal(0, Memo<SearchIndexMemo>(state).Indexed);
    }
}
