using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Tests.Pipeline.Incremental;

/// <summary>An incremental rebuild after each kind of edit gives the same files, byte for byte, and the same diagnostics
/// as a full build of the same tree (checked by <see cref="IncrementalSite.Rebuild"/>), while rendering only the pages
/// the edit can change.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly IncrementalSite _site = new();

    public IncrementalBuildTests()
    {
        _site.Page("index.md", "Home", "Welcome. Start with [the first guide](how-to/a.md).\n")
            .Page("about.md", "About", "A root page.\n")
            .Page("how-to/a.md", "Alpha guide", "See [install](../reference/r1.md#install) and [beta](b.md).\n", "summary: The first guide\n")
            .Page("how-to/b.md", "Beta guide", "Beta words.\n\n## Steps\n\nDo it.\n", "order: 2\n")
            .Page("how-to/c.md", "Gamma guide", "Gamma words, back to [beta](b.md#steps).\n", "colour: blue\n")
            .Page("reference/r1.md", "Reference one", "## Install\n\nRun it.\n\n```bash\necho hi\n```\n")
            .Page("reference/r2.md", "Reference two", "Nothing links here.\n")
            .Page("tutorials/t1.md", "Tutorial one", "Learn [the reference](../reference/r2.md).\n");
    }

    public void Dispose() => _site.Dispose();

    private static string[] AllPages => ["about.html", "how-to/a.html", "how-to/b.html", "how-to/c.html", "how-to/index.html", "index.html",
        "reference/index.html", "reference/r1.html", "reference/r2.html", "tutorials/index.html", "tutorials/t1.html"];

    [Fact]
    public void The_first_build_renders_every_page_and_keeps_a_page_warning()
    {
        var build = _site.Rebuild();
        Assert.Equal(AllPages, build.State!.RenderedPages);
        Assert.Contains(build.Result.Diagnostics, d => d.Code == "HPD109" && d.Location.Path == "content/how-to/c.md");
    }

    [Fact]
    public void A_body_edit_renders_that_page_alone_and_unchanged_pages_still_report_their_warnings()
    {
        _site.Rebuild();
        var build = _site.Page("how-to/b.md", "Beta guide", "New beta words.\n\n## Steps\n\nDo it.\n", "order: 2\n").Rebuild();
        Assert.Equal(["how-to/b.html"], build.State!.RenderedPages);
        Assert.Contains(build.Result.Diagnostics, d => d.Code == "HPD109" && d.Location.Path == "content/how-to/c.md");
    }

    [Fact]
    public void Adding_and_removing_an_external_link_updates_the_external_link_report()
    {
        _site.Rebuild();
        var added = _site.Page("reference/r2.md", "Reference two", "See [the spec](https://example.com/spec).\n").Rebuild();
        Assert.Contains("https://example.com/spec", System.Text.Encoding.UTF8.GetString(added.State!.Files["external-links.json"]), StringComparison.Ordinal);
        var removed = _site.Page("reference/r2.md", "Reference two", "No spec now.\n").Rebuild();
        Assert.DoesNotContain("example.com", System.Text.Encoding.UTF8.GetString(removed.State!.Files["external-links.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_changed_renders_nothing()
    {
        _site.Rebuild();
        Assert.Empty(_site.Rebuild().State!.RenderedPages);
    }

    [Fact]
    public void A_title_change_renders_its_section_and_leaves_the_other_sections()
    {
        _site.Rebuild();
        var build = _site.Page("how-to/b.md", "Beta guide, renamed", "Beta words.\n\n## Steps\n\nDo it.\n", "order: 2\n").Rebuild();
        Assert.Equal(["how-to/a.html", "how-to/b.html", "how-to/c.html", "how-to/index.html"], build.State!.RenderedPages);
    }

    [Fact]
    public void Adding_and_deleting_a_page_change_the_counts_every_page_shows()
    {
        _site.Rebuild();
        var added = _site.Page("how-to/d.md", "Delta guide", "Delta.\n").Rebuild();
        Assert.Contains("how-to/d.html", added.State!.RenderedPages);
        Assert.Equal(AllPages.Length + 1, added.State.RenderedPages.Count);

        var deleted = _site.Delete("content/how-to/d.md").Rebuild();
        Assert.Equal(AllPages, deleted.State!.RenderedPages);
        Assert.DoesNotContain("how-to/d.html", deleted.State.Files.Keys);
    }

    [Fact]
    public void A_rename_drops_the_old_page_and_renders_the_new_one()
    {
        _site.Rebuild();
        var build = _site.Move("content/reference/r2.md", "content/reference/r3.md")
            .Page("tutorials/t1.md", "Tutorial one", "Learn [the reference](../reference/r3.md).\n").Rebuild();
        Assert.Contains("reference/r3.html", build.State!.Files.Keys);
        Assert.DoesNotContain("reference/r2.html", build.State.Files.Keys);
    }

    [Fact]
    public void A_page_moved_to_a_new_name_alone_is_served_under_it()
    {
        _site.Rebuild();
        var build = _site.Move("content/how-to/c.md", "content/how-to/renamed.md").Rebuild();
        Assert.Contains("how-to/renamed.html", build.State!.Files.Keys);
        Assert.DoesNotContain("how-to/c.html", build.State.Files.Keys);
    }

    [Fact]
    public void A_heading_id_change_breaks_another_pages_fragment_link_keeps_the_last_good_state_and_fixing_the_link_recovers()
    {
        var good = _site.Rebuild().State;
        var broken = _site.Page("reference/r1.md", "Reference one", "## Installing\n\nRun it.\n").Rebuild();
        Assert.Null(broken.State);
        var error = Assert.Single(broken.Result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("HPD201", error.Code);
        Assert.Equal("content/how-to/a.md", error.Location.Path);
        Assert.Same(good, _site.State);

        var fixedLink = _site.Page("how-to/a.md", "Alpha guide", "See [install](../reference/r1.md#installing) and [beta](b.md).\n", "summary: The first guide\n")
            .Rebuild();
        Assert.Equal(0, fixedLink.Result.ExitCode);
        // Both edits since the last good build are in this one.
        Assert.Equal(["how-to/a.html", "reference/r1.html"], fixedLink.State!.RenderedPages);
    }

    [Fact]
    public void A_broken_link_to_a_deleted_page_fails_and_restoring_the_page_recovers()
    {
        _site.Rebuild();
        var broken = _site.Delete("content/reference/r2.md").Rebuild();
        Assert.Contains(broken.Result.Diagnostics, d => d.Code == "HPD200" && d.Location.Path == "content/tutorials/t1.md");
        Assert.Equal(0, _site.Page("reference/r2.md", "Reference two", "Back again.\n").Rebuild().Result.ExitCode);
    }

    [Fact]
    public void Root_page_home_and_summary_edits_match_a_full_build()
    {
        _site.Rebuild();
        Assert.Equal(AllPages, _site.Page("about.md", "About us", "A root page.\n").Rebuild().State!.RenderedPages);
        Assert.Equal(["index.html"], _site.Page("index.md", "Home", "Welcome back. Start with [the first guide](how-to/a.md).\n").Rebuild().State!.RenderedPages);
        _site.Page("how-to/a.md", "Alpha guide", "See [install](../reference/r1.md#install) and [beta](b.md).\n", "summary: A new summary\n").Rebuild();
        _site.Page("reference/index.md", "All the reference", "The reference section.\n").Rebuild();
        _site.Page("how-to/c.md", "Gamma guide", "Gamma words, back to [beta](b.md#steps).\n").Rebuild();
    }

    [Fact]
    public void A_configuration_or_theme_change_renders_every_page()
    {
        _site.Rebuild();
        Assert.Equal(AllPages, _site.Write("hotpass-docs.yml", "title: Renamed site\n").Rebuild().State!.RenderedPages);
        Assert.Equal(AllPages, _site.Write("templates/assets/extra.css", "body { color: red; }\n").Rebuild().State!.RenderedPages);
    }

    [Fact]
    public void A_file_rewritten_within_the_racy_window_with_the_same_size_and_time_is_read_again()
    {
        _site.Rebuild();
        var path = Path.Combine(_site.Site.Root, "content/how-to/b.md");
        var recent = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(path, recent);
        _site.Rebuild();
        var text = File.ReadAllText(path).Replace("Beta words.", "Beta WORDS.", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, recent);
        var build = _site.Rebuild();
        Assert.Contains("how-to/b.html", build.State!.RenderedPages);
        Assert.Contains("Beta WORDS.", System.Text.Encoding.UTF8.GetString(build.State.Files["how-to/b.html"]), StringComparison.Ordinal);
    }
}
