using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Model;

/// <summary>Two sources mapping onto one output path (or onto a file the build makes) are reported at both, in
/// <c>check</c> and <c>build</c> alike.</summary>
public sealed class OutputPathRegistryTests
{
    [Fact]
    public void Pages_differing_only_in_case_are_reported_at_both_sources()
    {
        using var site = new TempSite();
        site.Page("how-to/a.md", "Lower", extra: "type: how-to\n").Page("how-to/A.md", "Upper", extra: "type: how-to\n")
            .Page("index.md", "Home").Page("index.MD", "Home again");

        const string expected = """
            content/how-to/A.md: error HPD115: Output 'how-to/A.html' is also produced by 'content/how-to/a.md'
            content/how-to/a.md: error HPD115: Output 'how-to/a.html' is also produced by 'content/how-to/A.md'
            content/index.MD: error HPD115: Output 'index.html' is also produced by 'content/index.md'
            content/index.md: error HPD115: Output 'index.html' is also produced by 'content/index.MD'
            """;
        var check = site.Build(write: false);
        var build = site.Build();

        Assert.Equal(expected.ReplaceLineEndings("\n"), TempSite.Lines(check.Diagnostics));
        Assert.Equal(expected.ReplaceLineEndings("\n"), TempSite.Lines(build.Diagnostics));
        Assert.Equal((1, 1), (check.ExitCode, build.ExitCode));
    }

    [Fact]
    public void A_source_mapping_onto_a_generated_file_is_reported()
    {
        using var site = new TempSite();
        site.Page("404.md", "Lost").File("content/sitemap.xml", "<urlset/>").File("content/MANIFEST.json", "{}");

        var result = site.Build(write: false);

        Assert.Equal(
            """
            content/404.md: error HPD115: Output '404.html' is also produced by 'the build itself (404.html)'
            content/MANIFEST.json: error HPD115: Output 'MANIFEST.json' is also produced by 'the build itself (manifest.json)'
            content/sitemap.xml: error HPD115: Output 'sitemap.xml' is also produced by 'the build itself (sitemap.xml)'
            """.ReplaceLineEndings("\n"),
            TempSite.Lines(result.Diagnostics));
    }
}
