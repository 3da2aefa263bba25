using System.Globalization;
using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Text;
using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>What an auditor gets on paper: the matrix and the register printed to PDF by Chromium (over file://, no
/// base URL), their text read back, against what the same page shows on screen.</summary>
public sealed class PrintInBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>A4 less the site's 12 mm side margins, in CSS pixels (96 per inch).</summary>
    private const int SheetWidth = 703;

    private static string AsOf()
    {
        var line = File.ReadLines(Path.Combine(RepoPaths.Root, "hotpass-docs.yml")).Single(l => l.StartsWith("as_of:", StringComparison.Ordinal));
        return Timestamps.Reading(DateTimeOffset.Parse(line["as_of:".Length..].Trim(), CultureInfo.InvariantCulture));
    }

    [SkippableTheory]
    [InlineData("governance/matrix.html", ".matrix-table", 6)]
    [InlineData("governance/register.html", "#risks ~ .table-wrap .governance-table", 8)]
    public async Task The_printed_table_holds_every_column_and_status_the_screen_shows_and_each_sheet_the_as_of_instant(
        string path, string table, int columns)
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var rows = page.Locator(table + " tbody tr");
        var statusColumn = await page.Locator(table + " thead th").EvaluateAllAsync<int>(
            "ths => ths.findIndex(th => th.textContent.trim() === 'Status')");
        Assert.Equal(columns, await page.Locator(table + " thead th").CountAsync());
        var statuses = await rows.EvaluateAllAsync<string[]>(
            "(trs, i) => trs.map(tr => tr.children[i].textContent.trim()).filter(s => s)", statusColumn);
        var controls = await page.Locator(table + " tbody a[href*='controls/']").CountAsync();
        var risks = await page.Locator(table + " tbody a[href*='risks/']").CountAsync();
        Assert.True(statuses.Length >= 10 && controls >= 10 && risks >= 10, $"{statuses.Length} statuses, {controls} controls, {risks} risks on screen");

        var sheets = await PrintedPdf.SheetsAsync(page);
        var paper = string.Join(" ", sheets);
        foreach (var word in statuses.GroupBy(s => s, StringComparer.Ordinal))
            Assert.True(PrintedPdf.Count(paper, word.Key) >= word.Count(),
                $"{path}: '{word.Key}' {word.Count()} times on screen, {PrintedPdf.Count(paper, word.Key)} on paper: {paper[..Math.Min(800, paper.Length)]}");
        // Ids may break after a hyphen at the end of a printed line, but each keeps its prefix.
        Assert.True(paper.Split(' ').Count(w => w.StartsWith("CTL-", StringComparison.Ordinal)) >= controls, $"{path}: control ids lost on paper");
        Assert.True(paper.Split(' ').Count(w => w.StartsWith("RSK-", StringComparison.Ordinal)) >= risks, $"{path}: risk ids lost on paper");
        var header = await page.Locator(table + " thead th").Last.InnerTextAsync();
        var asOf = AsOf();
        for (var i = 0; i < sheets.Count; i++)
        {
            Assert.Contains("Hotpass documentation", sheets[i], StringComparison.Ordinal);
            Assert.Contains(asOf, sheets[i], StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of {sheets.Count}", sheets[i], StringComparison.Ordinal);
            // A sheet the table runs onto repeats its header row.
            if (i > 0 && sheets[i].Contains("CTL-", StringComparison.Ordinal))
                Assert.True(sheets[i].Contains(header, StringComparison.Ordinal), $"sheet {i + 1} of {sheets.Count} lacks the header '{header}': {sheets[i]}");
        }
        Assert.DoesNotContain(".html", paper, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Without_a_base_url_printed_links_show_no_relative_paths()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        foreach (var path in new[] { "how-to/rotate-dashboard-shared-secret.html", "governance/controls/CTL-SECRETS-VAULT.html", "evidence/security/bandit-2025-11-21.sarif.html" })
        {
            await page.GotoAsync(site.Url(path));
            Assert.True(await page.Locator("main a[href$='.html']").CountAsync() > 0, $"{path} has no internal link to test");
            var paper = string.Join(" ", await PrintedPdf.SheetsAsync(page));
            Assert.DoesNotContain(".html", paper, StringComparison.Ordinal);
            Assert.DoesNotContain("../", paper, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData("governance/matrix.html")]
    [InlineData("governance/register.html")]
    [InlineData("evidence/index.html")]
    [InlineData("evidence/provenance/hotpass-0.9.1.intoto.jsonl.html")]
    public async Task At_a_sheet_width_the_printed_page_fits_repeats_table_headers_and_prints_dark_mode_black_on_white(string path)
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = SheetWidth, Height = 1000 }, ColorScheme = ColorScheme.Dark,
        });
        await context.AddInitScriptAsync("localStorage.setItem('hotpass-theme', 'dark')");
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= SheetWidth, $"{path} prints {width} px wide on a {SheetWidth} px sheet");
        var clipped = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('main table')].filter(t => t.getBoundingClientRect().right > " + SheetWidth + ").map(t => t.className)");
        Assert.Empty(clipped);
        Assert.Equal("table-header-group", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main thead')).display"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main h1')).color"));
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor"));
    }
}
