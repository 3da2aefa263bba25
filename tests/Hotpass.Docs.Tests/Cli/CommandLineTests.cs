using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Cli;

/// <summary>The command line as a user types it: help text (golden), exit codes and output formats.</summary>
public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Theory]
    [InlineData("root", new[] { "--help" })]
    [InlineData("build", new[] { "build", "--help" })]
    [InlineData("check", new[] { "check", "--help" })]
    [InlineData("serve", new[] { "serve", "--help" })]
    [InlineData("diff", new[] { "diff", "--help" })]
    [InlineData("init", new[] { "init", "--help" })]
    public void Help_matches_its_golden_file(string name, string[] args)
    {
        var (exit, output, _) = Run(args);
        Assert.Equal(0, exit);
        Golden.Verify($"cli/{name}.help.txt", output);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("build", "--preview-commit", "abc1234")]
    [InlineData("build", "--preview-pr", "0")]
    [InlineData("build", "--preview-pr", "5", "--preview-commit", "not-a-sha")]
    [InlineData("build", "--preview-pr", "5", "--published-url", "javascript:alert(1)")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("diff")]
    [InlineData("diff", "--baseline", "x", "--format", "html")]
    [InlineData("diff", "--baseline", "x", "--preview-url", "javascript:alert(1)")]
    public void Usage_errors_exit_with_two(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("hotpass-docs --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_diagnostics_in_the_chosen_format_and_exits_one()
    {
        using var site = new TempSite();
        site.File("content/how-to/x.md", "---\ntitle: X\ntype: guide\n---\n");
        var (exit, output, error) = Run("check", "--root", site.Root, "--format", "github", "--as-of", "2025-11-23");
        Assert.Equal(1, exit);
        Assert.StartsWith("::error file=content/how-to/x.md,line=3,col=7,title=HPD105::Unknown type 'guide': expected tutorial, how-to, reference or explanation\n" +
            "hotpass-docs check: check failed; no site is written by check (1 errors, 0 warnings) in ", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Text_diagnostics_go_to_standard_error_and_the_summary_to_standard_output()
    {
        using var site = new TempSite();
        site.File("content/how-to/x.md", "---\ntitle: X\ntype: guide\n---\n");
        var (exit, output, error) = Run("check", "--root", site.Root, "--as-of", "2025-11-23");
        Assert.Equal(1, exit);
        Assert.Equal("content/how-to/x.md(3,7): error HPD105: Unknown type 'guide': expected tutorial, how-to, reference or explanation\n",
            error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.StartsWith("hotpass-docs check: check failed; no site is written by check (1 errors, 0 warnings) in ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Json_and_sarif_own_standard_output_and_the_summary_goes_to_standard_error(string format)
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var (exit, output, error) = Run("build", "--root", site.Root, "--format", format, "--as-of", "now");
        Assert.Equal(0, exit);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Contains("hotpass-docs build: info: no sitemap.xml", error, StringComparison.Ordinal);
        Assert.Contains("hotpass-docs build: 2 pages, ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_first_build_says_no_site_was_written()
    {
        using var site = new TempSite();
        site.File("content/how-to/x.md", "---\ntitle: X\ntype: guide\n---\n");
        var (exit, output, _) = Run("build", "--root", site.Root, "--as-of", "2025-11-23");
        Assert.Equal(1, exit);
        Assert.StartsWith("hotpass-docs build: build failed; no site was written (1 errors, 0 warnings) in ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutDir));
    }

    [Fact]
    public void A_failed_build_over_an_earlier_one_says_the_previous_site_was_kept()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        Assert.Equal(0, Run("build", "--root", site.Root, "--as-of", "2025-11-23").Exit);
        site.File("content/how-to/x.md", "---\ntitle: X\ntype: guide\n---\n");
        var (exit, output, _) = Run("build", "--root", site.Root, "--as-of", "2025-11-23");
        Assert.Equal(1, exit);
        Assert.StartsWith("hotpass-docs build: build failed; the previous site was left as it was (1 errors, 0 warnings)", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.OutDir, "a.html")));
    }

    [Fact]
    public void A_configuration_error_says_whether_a_site_was_kept()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var (exit, output, _) = Run("build", "--root", site.Root, "--as-of", "not-a-time");
        Assert.Equal(2, exit);
        Assert.StartsWith("hotpass-docs build: build stopped: configuration error; no site was written (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_without_a_base_url_says_once_that_no_sitemap_was_written()
    {
        using var site = new TempSite();
        site.Page("a.md", "A").Page("how-to/b.md", "B");
        var (exit, output, error) = Run("build", "--root", site.Root, "--as-of", "2025-11-23");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("hotpass-docs build: info: no sitemap.xml: its URLs must be absolute, so it needs an absolute base_url (or --base-url)", lines[0]);
        Assert.StartsWith("hotpass-docs build: 4 pages, ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_timings_prints_every_stage_to_standard_error_only()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var (exit, output, error) = Run("build", "--root", site.Root, "--as-of", "2025-11-23", "--timings");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("timings", output, StringComparison.Ordinal);
        var stages = error.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.StartsWith("timings (ms", error.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal(["load", "scan", "pages", "evidence", "model", "governance", "evidence", "site", "check", "stage",
            "render", "context", "template", "link-facts", "write", "assets"], stages.Take(16));
        Assert.Contains("link-checker", stages);
        Assert.Equal(["commit", "manifest", "swap", "total", "gc"], stages.TakeLast(5));
        var rows = error.Split('\n').Skip(1).Where(l => l.Length > 0).ToList();
        // A stage gives its wall time and the megabytes it allocated; a part under it only its time.
        Assert.All(rows.SkipLast(2), l => Assert.Matches(@"^( {2}\S+ +\d+\.\d +\d+\.\d| {4}\S+ +\d+\.\d)$", l));
        Assert.Matches(@"^ {2}gc pauses +\d+\.\d +\(collections gen0 \d+, gen1 \d+, gen2 \d+; \d+ MB allocated, \d+ MB heap after the last\)$", rows[^1]);
        var timed = site.Read("a.html");
        Assert.Equal(0, Run("build", "--root", site.Root, "--as-of", "2025-11-23").Exit);
        Assert.Equal(timed, site.Read("a.html"));
    }

    [Fact]
    public void Build_without_timings_prints_only_the_summary()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var (_, output, error) = Run("build", "--root", site.Root, "--as-of", "2025-11-23");
        Assert.Equal("", error);
        Assert.DoesNotContain("timings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_writes_the_site_to_out_and_exits_zero()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var outDir = Path.Combine(site.Root, "public");
        var (exit, output, error) = Run("build", "--root", site.Root, "--out", outDir, "--base-url", "https://docs.example.org/", "--as-of", "now");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        // The search index is three files here (its root, one file of keys, one of pages); copy.js and tables.js are theme assets.
        Assert.StartsWith($"hotpass-docs build: 2 pages, 17 files written to {outDir} (0 errors, 0 warnings) in ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "a.html")));
    }
}
