using System.Text;
using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Check.Links;

/// <summary>The link gate over whole builds: template output, check and build alike, the previous site kept, the
/// external-link report.</summary>
public sealed class LinkGateTests
{
    [Fact]
    public void A_broken_link_fails_check_and_build_at_its_line_and_keeps_the_previous_site()
    {
        using var site = new TempSite();
        site.Page("how-to/a.md", "A", "Fine.\n", "type: how-to\n");
        Assert.Equal(0, site.Build().ExitCode);
        var before = site.Read("how-to/a.html");

        site.Page("how-to/a.md", "A", "Intro.\n\nSee [x](../governance/no-such-page.md) and\n[y](a.md#no-such-heading).\n\n![diagram](../images/missing.png)\n", "type: how-to\n");
        const string expected = """
            content/how-to/a.md(7,5): error HPD200: Link '../governance/no-such-page.md' points to 'governance/no-such-page.html', which is not part of the site
            content/how-to/a.md(8,1): error HPD201: Link 'a.md#no-such-heading': 'how-to/a.html' has no element with id 'no-such-heading'
            content/how-to/a.md(10,1): error HPD202: '../images/missing.png' loads 'images/missing.png', which is not part of the site
            """;
        var check = site.Build(write: false);
        var build = site.Build();

        Assert.Equal(expected.ReplaceLineEndings("\n"), TempSite.Lines(check.Diagnostics));
        Assert.Equal(expected.ReplaceLineEndings("\n"), TempSite.Lines(build.Diagnostics));
        Assert.Equal((1, 1), (check.ExitCode, build.ExitCode));
        Assert.Equal(before, site.Read("how-to/a.html"));
    }

    [Fact]
    public void A_broken_template_link_is_reported_once_at_the_template_line_that_holds_it()
    {
        using var site = new TempSite();
        site.Page("how-to/a.md", "A", "Fine.\n", "type: how-to\n")
            .Page("how-to/b.md", "B", "Fine.\n", "type: how-to\n")
            .File("templates/partials/footer.liquid",
                "<footer><a href=\"{{ root }}help.html\">Help</a> <a href=\"{{ root }}index.html#nowhere\">Top</a>" +
                " <img src=\"{{ root }}assets/logo.png\" srcset=\"{{ root }}assets/site.css 1x, {{ root }}assets/logo@2x.png 2x\" alt=\"\"></footer>\n");

        var (result, _) = site.BuildInMemory();

        Assert.Equal(
            """
            templates/partials/footer.liquid(1,28): error HPD205: Template output on '404.html' (and 4 more pages) has link 'help.html': 'help.html' is not part of the site
            templates/partials/footer.liquid(1,67): error HPD205: Template output on '404.html' (and 4 more pages) has link 'index.html#nowhere': 'index.html' has no element with id 'nowhere'
            templates/partials/footer.liquid(1,115): error HPD205: Template output on '404.html' (and 4 more pages) has link 'assets/logo.png': 'assets/logo.png' is not part of the site
            templates/partials/footer.liquid(1,180): error HPD205: Template output on '404.html' (and 4 more pages) has link 'assets/logo@2x.png': 'assets/logo@2x.png' is not part of the site
            """.ReplaceLineEndings("\n"),
            TempSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void The_404_page_links_resolve_through_its_base_href()
    {
        using var site = new TempSite();
        site.Page("how-to/a.md", "A", "Fine.\n", "type: how-to\n");

        var (result, memory) = site.BuildInMemory(baseUrl: "https://docs.example.org/hotpass/");

        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        Assert.Contains("<base href=\"https://docs.example.org/hotpass/\">", Encoding.UTF8.GetString(memory.Files["404.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_are_listed_with_their_pages_and_never_fetched()
    {
        using var site = new TempSite();
        site.Page("how-to/a.md", "A", "[x](https://example.invalid/b) [y](https://example.invalid/a)\n", "type: how-to\n")
            .Page("how-to/b.md", "B", "<https://example.invalid/a>\n", "type: how-to\n");

        var (result, memory) = site.BuildInMemory();

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(memory.Files["external-links.json"]);
        var links = report.RootElement.GetProperty("links").EnumerateArray()
            .Select(l => l.GetProperty("url").GetString() + " <- " + string.Join(",", l.GetProperty("pages").EnumerateArray().Select(p => p.GetString())));
        Assert.Equal(["https://example.invalid/a <- how-to/a.html,how-to/b.html", "https://example.invalid/b <- how-to/a.html"], links);
        Assert.Equal(1, report.RootElement.GetProperty("version").GetInt32());
    }
}
