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
    [InlineData("serve", new[] { "serve", "--help" })]
    [InlineData("diff", new[] { "diff", "--help" })]
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
        Assert.Equal("::error file=content/how-to/x.md,line=3,col=7,title=HPD105::Unknown type 'guide': expected tutorial, how-to, reference or explanation\n", output);
        Assert.StartsWith("hotpass-docs check: check failed; no site is written by check (1 errors, 0 warnings) in ", error, StringComparison.Ordinal);
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
