using System.Diagnostics;
using System.Text;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Pipeline;

/// <summary>Pages whose cost in Markdig or the sanitiser grows faster than their size are refused (HPD132) by a
/// linear pre-check, before the expensive step; each case once ran for minutes or ran out of memory.</summary>
public sealed class SuperLinearPageTests
{
    private const int BudgetSeconds = 10;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "nested divs", Repeat("<div>", 100_000), "raw HTML nested or left open 100000 elements deep (limit 100)" },
        { "link openers", Repeat("[a](", 100_000), "100000 link openers '[' (limit 2000)" },
        { "same headings", Repeat("## Same\n\n", 20_000), "20000 headings (limit 1000)" },
        { "autolinks", Repeat("www.a.b ", 131_072), "131072 web addresses (limit 2000)" },
        { "unclosed formatting", Repeat("<b><i><u><s><em><strong><small><tt><q>", 1_250) + "\n\n" + Repeat("x\n\n", 2_000), "raw HTML nested or left open 11251 elements deep (limit 100)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_super_linear_page_is_refused_quickly_and_the_rest_builds(string name, string body, string what)
    {
        using var site = new TempSite();
        site.Page("fine.md", "Fine").Page("hostile.md", name, body + "\n");
        var clock = Stopwatch.StartNew();
        var result = SpecialFiles.WithinSeconds(60, () => site.Build(write: false));
        Assert.True(clock.Elapsed.TotalSeconds < BudgetSeconds, $"{name} took {clock.Elapsed.TotalSeconds:0.0} s");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal($"content/hostile.md(4,1): error HPD132: Page has {what}; the page body was left out", d.ToString());
        Assert.Equal(3, result.PageCount); // the build went on: fine.md, hostile.md (without its body), the home page
    }

    [Theory]
    [InlineData("<div>", PageComplexity.MaxHtmlDepth)]
    [InlineData("[a](", PageComplexity.MaxLinkOpeners)]
    [InlineData("## Same\n\n", PageComplexity.MaxHeadings)]
    [InlineData("www.a.b ", PageComplexity.MaxAutolinks)]
    public void A_page_at_each_limit_still_renders_within_budget(string unit, int limit)
    {
        using var site = new TempSite();
        site.Page("edge.md", "Edge", Repeat(unit, limit) + "\n");
        var clock = Stopwatch.StartNew();
        var result = site.Build(write: false);
        Assert.True(clock.Elapsed.TotalSeconds < BudgetSeconds, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "HPD132");
    }

    [Fact]
    public void Generics_in_code_blocks_do_not_count_as_open_html()
    {
        using var site = new TempSite();
        site.Page("java.md", "Java", "```java\n" + Repeat("Map<String, List<Integer>> m;\n", 500) + "```\n\n<b>raw</b>\n");
        Assert.DoesNotContain(site.Build(write: false).Diagnostics, d => d.Code == "HPD132");
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
