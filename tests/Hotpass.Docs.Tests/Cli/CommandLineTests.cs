using Hotpass.Docs.Cli.Commands;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Cli;

/// <summary>The command line as a user types it: help text (golden), exit codes and output formats.</summary>
public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLineApp.Run(args, output, error);
        return (exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    [Theory]
    [InlineData("root", new[] { "--help" })]
    [InlineData("build", new[] { "build", "--help" })]
    [InlineData("check", new[] { "check", "--help" })]
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
        Assert.Equal("::error file=content/how-to/x.md,line=3,col=7,title=HPD105::Unknown type 'guide': expected tutorial, how-to, reference or explanation\n", output);
        Assert.StartsWith("hotpass-docs check: check failed; no site is written by check (1 errors, 0 warnings) in ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_timings_prints_every_stage_to_standard_error_only()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var (exit, output, error) = Run("build", "--root", site.Root, "--as-of", "2025-11-23", "--timings");
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        var stages = error.Split('\n').Skip(2).Where(l => l.Length > 0).Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.StartsWith("timings (ms", error.Split('\n')[1], StringComparison.Ordinal);
        Assert.Equal(["load", "model", "check", "stage", "render", "markdown", "template", "write", "assets", "404+sitemap", "commit", "total"], stages);
        Assert.All(error.Split('\n').Skip(2).Where(l => l.Length > 0), l => Assert.Matches(@"^ {2,4}\S+ +\d+\.\d$", l));
        var timed = site.Read("a.html");
        Assert.Equal(0, Run("build", "--root", site.Root, "--as-of", "2025-11-23").Exit);
        Assert.Equal(timed, site.Read("a.html"));
    }

    [Fact]
    public void Build_without_timings_prints_only_the_summary()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var (_, _, error) = Run("build", "--root", site.Root, "--as-of", "2025-11-23");
        Assert.DoesNotContain("timings", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Build_writes_the_site_to_out_and_exits_zero()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var outDir = Path.Combine(site.Root, "public");
        var (exit, output, _) = Run("build", "--root", site.Root, "--out", outDir, "--as-of", "now");
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.True(File.Exists(Path.Combine(outDir, "a.html")));
    }
}
