using Hotpass.Docs.Cli.Commands;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Cli;

/// <summary>Bad command lines are usage errors (exit 2) saying what was expected; a bug in the tool is exit 3 with
/// one line naming what was being processed, and the stack only under --verbose.</summary>
public sealed class UsageAndCrashTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Theory]
    [InlineData("build", "--root", "")]
    [InlineData("check", "--root", "")]
    [InlineData("build", "--out", "")]
    public void An_empty_root_or_out_is_a_usage_error(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("must name a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_root_folder_is_a_usage_error_saying_what_was_expected()
    {
        var (exit, _, error) = Run("check", "--root", "/no/such/site");
        Assert.Equal(2, exit);
        Assert.Contains("--root '/no/such/site' does not exist: expected a site root holding hotpass-docs.yml and content/", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_with_no_content_folder_is_a_usage_error_saying_what_was_expected()
    {
        using var site = new TempSite();
        var (exit, _, error) = Run("check", "--root", site.Root);
        Assert.Equal(2, exit);
        Assert.Contains($"error HPD023: Site root '{site.Root}' has no 'content/' folder: expected a site root holding hotpass-docs.yml and content/", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_url_that_is_not_a_url_is_refused()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var (exit, _, error) = Run("build", "--root", site.Root, "--base-url", "not a url");
        Assert.Equal(2, exit);
        Assert.Contains("error HPD230: Base URL 'not a url' must not be empty or hold spaces or control characters", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutDir));
    }

    [Fact]
    public void A_base_url_gets_its_trailing_slash()
    {
        using var site = new TempSite();
        site.Page("a.md", "A");
        var (exit, _, _) = Run("build", "--root", site.Root, "--base-url", "https://docs.example.org/hotpass", "--as-of", "2025-11-23");
        Assert.Equal(0, exit);
        Assert.Contains("<loc>https://docs.example.org/hotpass/a.html</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_error_exits_three_with_one_line_naming_what_was_processed()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ResultPrinter.RunAndReport(new BuildRequest("."), "text", "build", verbose: false, output, error,
            run: (_, _) => throw new AggregateException(new BuildStepException("rendering content/x.md", new InvalidCastException("boom"))));
        Assert.Equal(3, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("hotpass-docs build: internal error while rendering content/x.md (InvalidCastException: boom)", lines[0]);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_adds_the_stack_of_an_internal_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ResultPrinter.RunAndReport(new BuildRequest("."), "text", "check", verbose: true, output, error,
            run: (_, _) => throw new InvalidOperationException("bug"));
        Assert.Equal(3, exit);
        Assert.StartsWith("hotpass-docs check: internal error while building the site (InvalidOperationException: bug)\n", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(" at ", error.ToString(), StringComparison.Ordinal);
    }
}
