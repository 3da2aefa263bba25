using System.Text;
using Hotpass.Docs.Load;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline;

/// <summary>Limits against hostile or huge pages, proved through whole builds: each gets its diagnostic, the
/// build goes on to report the rest, and nothing crashes.</summary>
public sealed class HostileInputTests
{
    [Theory]
    [InlineData('>', "", "HPD116: Markdown is nested too deeply to render")]
    [InlineData('[', "]", "HPD132: Page has 50000 link openers '[' (limit 2000)")] // refused before Markdig's own guard
    [InlineData('*', "*", "HPD116: Markdown is nested too deeply to render")]
    public void Deeply_nested_markdown_is_reported_not_crashed_on(char open, string close, string expected)
    {
        using var site = new TempSite();
        site.Page("fine.md", "Fine")
            .Page("deep.md", "Deep", new string(open, 50_000) + "x" + string.Concat(Enumerable.Repeat(close, 50_000)) + "\n");
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"content/deep.md(4,1): error {expected}; the page body was left out", TempSite.Lines(result.Diagnostics));
    }

    [Fact]
    public void An_oversized_page_is_skipped_with_its_size()
    {
        using var site = new TempSite();
        var body = new StringBuilder("---\ntitle: Huge\n---\n");
        while (body.Length <= ContentLimits.MaxPageBytes) body.Append("All work and no play makes a very long page.\n");
        site.File("content/huge.md", body.ToString()).Page("fine.md", "Fine");
        var result = site.Build(write: false);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("HPD111", d.Code);
        Assert.Equal("content/huge.md", d.Location.ToString());
        Assert.Equal(2, result.PageCount); // fine.md and the generated home page; nothing from huge.md
    }

    [Fact]
    public void An_alias_bomb_in_front_matter_is_refused()
    {
        using var site = new TempSite();
        var yaml = new StringBuilder("---\ntitle: Bomb\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var c = 'b'; c <= 'i'; c++)
            yaml.Append(FormattableString.Invariant($"{c}: &{c} [{string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 10))}]\n"));
        site.File("content/bomb.md", yaml + "---\nBody\n");
        var result = site.Build(write: false);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "HPD112" && d.Location.Path == "content/bomb.md");
    }
}
