using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline;

/// <summary>Whole builds of small sites on disk, checked the way a user meets them: exit code, diagnostics, files.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void Broken_front_matter_fails_with_its_diagnostic_and_keeps_the_previous_site()
    {
        using var site = new TempSite();
        site.Page("how-to/good.md", "Good page", "Links to [other](other.md).\n", "type: how-to\n")
            .Page("how-to/other.md", "Other page");
        Assert.Equal(0, site.Build().ExitCode);
        var before = site.Read("how-to/good.html");

        site.Page("how-to/good.md", "Good page, edited", "Changed.\n")
            .File("content/how-to/broken.md", "---\ntitle: Broken\ntype: how-to\nsummary: [unclosed\n---\nBody\n");
        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "content/how-to/broken.md(5,1): error HPD102: Invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'.",
            TempSite.Lines(result.Diagnostics));
        Assert.Equal(before, site.Read("how-to/good.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, ".*staging*"));
    }

    [Fact]
    public void Every_kind_of_bad_page_is_reported_and_the_rest_still_renders()
    {
        using var site = new TempSite();
        site.Page("how-to/fine.md", "Fine")
            .File("content/how-to/empty.md", "")
            .File("content/how-to/no-title.md", "---\nowner: Platform\n---\nText\n")
            .File("content/how-to/bad-type.md", "---\ntitle: T\ntype: cookbook\n---\n")
            .File("content/how-to/crlf.md", "---\r\ntitle: CRLF\r\ntype: tutorial\r\n---\r\nBody\r\n")
            .Bytes("content/how-to/latin1.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8])
            .Bytes("content/how-to/bom.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: Bom\nlast_reviewed: yesterday\n---\n"u8]);

        var result = site.Build(write: false);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            content/how-to/bad-type.md(3,7): error HPD105: Unknown type 'cookbook': expected tutorial, how-to, reference or explanation
            content/how-to/bom.md(3,16): error HPD107: Front matter 'last_reviewed' must be a date written yyyy-MM-dd, not 'yesterday'
            content/how-to/crlf.md(3,7): warning HPD106: Page declares type 'tutorial' but sits in the how-to folder 'how-to/'
            content/how-to/empty.md(1,1): error HPD101: Page has no front matter: it must start with a '---' line
            content/how-to/latin1.md(2,11): error HPD110: File is not valid UTF-8: byte 0xE9 cannot start or continue a character
            content/how-to/no-title.md(1,1): error HPD104: Front matter has no 'title'
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            TempSite.Lines(result.Diagnostics));
        Assert.Equal(9, result.PageCount); // seven pages, the generated home page and how-to index
    }

    [Fact]
    public void A_clean_site_builds_every_output_with_relative_links()
    {
        using var site = new TempSite();
        site.Page("how-to/a.md", "Page A", "See [B](../reference/b.md#usage).\n")
            .Page("reference/b.md", "Page B", "## Usage\n\nText.\n")
            .Bytes("content/reference/diagram.png", [1, 2, 3]);

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("<a href=\"../reference/b.html#usage\">B</a>", site.Read("how-to/a.html"), StringComparison.Ordinal);
        foreach (var file in new[] { "index.html", "how-to/index.html", "reference/index.html", "404.html", "assets/site.css", "reference/diagram.png" })
            Assert.True(File.Exists(Path.Combine(site.OutDir, file)), file + " was not written");
        Assert.False(File.Exists(Path.Combine(site.OutDir, "sitemap.xml")), "a sitemap needs an absolute base URL");
        Assert.DoesNotMatch("(href|src)=\"/", site.Read("how-to/a.html"));
    }

    [Fact]
    public void Check_runs_the_gates_and_writes_nothing()
    {
        using var site = new TempSite();
        site.File("content/how-to/x.md", "---\ntitle: X\ntype: recipe\n---\n");
        var result = site.Build(write: false);
        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(site.OutDir));
    }

    [Fact]
    public void Strict_turns_a_warning_into_a_failing_error()
    {
        using var site = new TempSite();
        site.Page("how-to/x.md", "X", extra: "type: reference\n");
        Assert.Equal(0, site.Build().ExitCode);
        var strict = site.Build(strict: true);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal("HPD106", Assert.Single(strict.Diagnostics).Code);
    }

    [Fact]
    public void Review_due_is_judged_at_the_as_of_instant_with_the_boundary_due()
    {
        using var site = new TempSite();
        site.Page("how-to/x.md", "X", extra: "last_reviewed: 2025-01-01\nreview_every: P30D\n");
        Assert.Empty(site.Build(asOf: "2025-01-30").Diagnostics);
        Assert.Equal(
            "content/how-to/x.md(3,16): warning HPD108: Page was last reviewed 2025-01-01 and was due for review on 2025-01-31",
            TempSite.Lines(site.Build(asOf: "2025-01-31").Diagnostics));
        Assert.Contains("Due since 2025-01-31", site.Read("how-to/x.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_errors_exit_with_two()
    {
        using var site = new TempSite();
        site.Page("a.md", "A").File("hotpass-docs.yml", "title: [unclosed\n");
        var result = site.Build();
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("hotpass-docs.yml(2,1): error HPD001: Configuration is not valid: Invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'.",
            TempSite.Lines(result.Diagnostics));
        Assert.False(Directory.Exists(site.OutDir));
    }

    [Fact]
    public void An_invalid_as_of_is_a_usage_error()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var result = site.Build(asOf: "last tuesday");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "(command line)(1,1): error HPD003: Configuration key '--as-of' 'last tuesday' is not a timestamp (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ), 'now' or 'commit'",
            TempSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void An_output_folder_that_would_replace_sources_is_refused()
    {
        using var site = new TempSite();
        site.Page("a.md", "A").File("hotpass-docs.yml", "out: content\n");
        var result = site.Build();
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("HPD005", Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "a.md")));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_reported()
    {
        using var site = new TempSite();
        site.Page("a.md", "A").File("blocker", "a file where the output's parent folder should be");
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, OutDir: Path.Combine(site.Root, "blocker", "site")));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("HPD006", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Symbolic_links_are_not_followed()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var secret = Path.Combine(site.Root, "secret.txt");
        File.WriteAllText(secret, "do not publish");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "leak.txt"), secret);
        var result = site.Build();
        Assert.Equal("content/leak.txt(1,1): warning HPD113: Symbolic link was not followed: leak.txt", TempSite.Lines(result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.OutDir, "leak.txt")));
    }

    [Fact]
    public void A_hostile_page_publishes_nothing_unsafe()
    {
        using var site = new TempSite();
        site.File("content/how-to/pr.md",
            "---\ntitle: \"<script>alert('t')</script>\"\nsummary: '\" onmouseover=\"x'\n---\n" +
            "[click](javascript:alert(1))\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"javascript:x()\">a</a>\n");
        var result = site.Build();
        var html = site.Read("how-to/pr.html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\" onmouseover=\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(["HPD210", "HPD211"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_site_template_overrides_the_built_in_one()
    {
        using var site = new TempSite();
        site.Page("a.md", "A").File("templates/partials/footer.liquid", "<footer class=\"custom\">{{ site.title | escape }}</footer>\n");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Contains("<footer class=\"custom\">Documentation</footer>", site.Read("a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_is_a_configuration_error_naming_the_file()
    {
        using var site = new TempSite();
        site.Page("a.md", "A").File("templates/partials/footer.liquid", "{% if %}\n");
        var result = site.Build();
        Assert.Equal(2, result.ExitCode);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("HPD004", d.Code);
        Assert.Contains("page.liquid", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_section_lists_its_pages_on_its_index_not_in_every_sidebar()
    {
        using var site = new TempSite();
        for (var i = 0; i < 45; i++) site.Page(FormattableString.Invariant($"reference/p{i:00}.md"), FormattableString.Invariant($"Page {i:00}"));
        site.Page("how-to/small.md", "Small");
        Assert.Equal(0, site.Build().ExitCode);
        var page = site.Read("reference/p07.html");
        Assert.Contains("45 pages: see the <a href=\"../reference/index.html\">section index</a>.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("p08.html\">Page 08</a></li>", page, StringComparison.Ordinal);
        Assert.Equal(45, System.Text.RegularExpressions.Regex.Count(site.Read("reference/index.html"), "class=\"card\""));
        Assert.Contains("<a href=\"../how-to/small.html\" aria-current=\"page\">Small</a>", site.Read("how-to/small.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_commit_judges_reviews_at_the_commit_time_of_head()
    {
        using var site = new TempSite();
        site.Page("a.md", "A", extra: "last_reviewed: 2020-01-01\nreview_every: P30D\n");
        Git(site.Root, "init", "-q");
        Git(site.Root, "add", ".");
        Git(site.Root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "x", "--date", "2020-01-15T00:00:00Z");
        Assert.DoesNotContain(site.Build(asOf: "commit").Diagnostics, d => d.Code == "HPD108");
        Assert.Contains(site.Build(asOf: "now").Diagnostics, d => d.Code == "HPD108");
    }

    private static void Git(string dir, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", ["-C", dir, .. args]) { RedirectStandardError = true };
        start.Environment["GIT_COMMITTER_DATE"] = "2020-01-15T00:00:00Z";
        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
