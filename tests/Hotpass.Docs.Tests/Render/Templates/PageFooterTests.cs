using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Templates;

/// <summary>The page footer a built site shows: "Last updated" from front matter, and "Edit this page" from
/// <c>repo_url</c> and <c>edit_uri</c>; a risk or control page's from the page that declares it; none on pages made from
/// many sources or from evidence.</summary>
public sealed class PageFooterTests
{
    private const string Config = "repo_url: https://github.com/example/hotpass\nedit_uri: edit/main/content/\n";

    [Fact]
    public void A_page_shows_its_last_updated_day_and_its_edit_link()
    {
        using var site = new TempSite().File("hotpass-docs.yml", Config)
            .Page("how-to/rotate secret.md", "Rotate", extra: "last_updated: 2025-11-20T23:30:00-02:00\nlast_reviewed: 2025-10-01\n");
        var result = site.Build(strict: true);
        Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
        Assert.Contains(
            "<footer class=\"page-footer\">\n<p>Last updated <time datetime=\"2025-11-21\">2025-11-21</time></p>\n"
            + "<p><a class=\"edit-link\" href=\"https://github.com/example/hotpass/edit/main/content/how-to/rotate%20secret.md\">Edit this page</a></p>\n</footer>",
            site.Read("how-to/rotate secret.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_last_updated_the_review_day_stands_in_and_without_edit_keys_there_is_no_link()
    {
        using var site = new TempSite().Page("index.md", "Home", extra: "last_reviewed: 2025-11-02\n");
        Assert.Equal(0, site.Build().ExitCode);
        var html = site.Read("index.html");
        Assert.Contains("<p>Last updated <time datetime=\"2025-11-02\">2025-11-02</time></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("edit-link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_last_updated_is_reported_at_its_value()
    {
        using var site = new TempSite().Page("index.md", "Home", extra: "last_updated: yesterday\n");
        var result = site.Build();
        Assert.Equal(
            "content/index.md(3,15): error HPD107: Front matter 'last_updated' must be a date written yyyy-MM-dd or a timestamp with its offset (2025-11-20T10:00:00Z), not 'yesterday'",
            TempSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void Risk_and_control_pages_link_to_their_declaring_page_and_register_pages_link_nowhere()
    {
        using var site = GovernanceSite.Create();
        site.File("hotpass-docs.yml", File.ReadAllText(Path.Combine(site.Root, "hotpass-docs.yml")) + Config);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
        const string link = "href=\"https://github.com/example/hotpass/edit/main/content/governance/register-source.md\">Edit the page that declares this</a>";
        Assert.Contains(link, site.Read("governance/controls/CTL-VAULT.html"), StringComparison.Ordinal);
        Assert.Contains(link, site.Read("governance/risks/RSK-LEAK.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("edit-link", site.Read("governance/register.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("edit-link", site.Read("evidence/vault-audit.csv.html"), StringComparison.Ordinal);
    }
}
