using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>Printing a site built with a base URL: each sheet carries the page's absolute URL, and internal links print
/// as the absolute URLs they resolve to, never as relative paths.</summary>
public sealed class PublishedPrintInBrowserTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [SkippableTheory]
    [InlineData("governance/matrix.html")]
    [InlineData("how-to/rotate-dashboard-shared-secret.html")]
    public async Task Every_sheet_carries_the_page_absolute_url_and_links_print_absolute(string path)
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var sheets = await PrintedPdf.SheetsAsync(page);
        Assert.All(sheets, sheet => Assert.Contains(site.BaseUrl + path, sheet, StringComparison.Ordinal));
        var paper = string.Join(" ", sheets);
        Assert.DoesNotContain("../", paper, StringComparison.Ordinal);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('main a[href]')].map(a => getComputedStyle(a, '::after').content).filter(c => c !== 'none')");
        Assert.NotEmpty(printed);
        Assert.All(printed, after => Assert.Matches("^\" <(https://|mailto:)", after));
    }
}
