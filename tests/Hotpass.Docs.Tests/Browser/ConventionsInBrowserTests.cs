using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>Small things readers expect, in real Chromium over file:// URLs: a favicon, the trail back to the evidence
/// index, a phone menu button that stays put, and a raw evidence file that never replaces the page it was opened from.</summary>
public sealed class ConventionsInBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string EvidencePage = "evidence/security/bandit-2025-11-21.sarif.html";

    [SkippableTheory]
    [InlineData("index.html")]
    [InlineData("governance/controls/CTL-SECRETS-VAULT.html")]
    [InlineData(EvidencePage)]
    public async Task Every_page_names_an_svg_favicon_shipped_with_the_site(string path)
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var href = await page.Locator("link[rel=icon]").EvaluateAsync<string>("l => l.href");
        Assert.StartsWith("file://", href, StringComparison.Ordinal);
        var file = new Uri(href).LocalPath;
        Assert.True(File.Exists(file), href);
        Assert.StartsWith("<svg", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal("image/svg+xml", await page.Locator("link[rel=icon]").GetAttributeAsync("type"));
    }

    [SkippableFact]
    public async Task An_evidence_page_breadcrumb_leads_home_then_to_the_evidence_index()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(EvidencePage));
        var crumbs = await page.Locator("nav.breadcrumbs li").AllInnerTextsAsync();
        Assert.Equal(["Hotpass documentation", "Evidence", await page.Locator("h1").InnerTextAsync()], crumbs.Select(c => c.Trim()));
        await page.Locator("nav.breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "Evidence" }).ClickAsync();
        Assert.EndsWith("/evidence/index.html", page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_phone_menu_button_stays_where_it_was_pressed_and_its_list_opens_below_the_header()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("how-to/index.html"));
        var button = page.Locator(".nav-menu > summary");
        var before = await button.BoundingBoxAsync();
        var heading = await page.Locator("main h1").BoundingBoxAsync();
        await button.ClickAsync();
        var after = await button.BoundingBoxAsync();
        Assert.Equal((before!.X, before.Y, before.Width), (after!.X, after.Y, after.Width));
        Assert.Equal(heading!.Y, (await page.Locator("main h1").BoundingBoxAsync())!.Y);
        var list = page.Locator(".nav-menu nav.sidebar");
        Assert.True(await list.IsVisibleAsync());
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True((await list.BoundingBoxAsync())!.Y >= header!.Y + header.Height - 1, "the menu list opens over the header");
        await button.ClickAsync();
        Assert.False(await list.IsVisibleAsync());
    }

    /// <summary>Over file:// Chromium ignores <c>download</c>, so the raw copy (published as inert <c>.txt</c>, byte for byte
    /// the evidence) opens as plain text in a new tab, and the evidence page stays open where the reader was.</summary>
    [SkippableFact]
    public async Task Over_file_urls_the_raw_file_opens_as_its_exact_bytes_in_a_new_tab_and_the_page_stays()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(EvidencePage));
        var link = page.Locator("a.raw-file");
        Assert.Equal("bandit-2025-11-21.sarif", await link.GetAttributeAsync("download"));
        var popup = await context.RunAndWaitForPageAsync(() => link.ClickAsync());
        await popup.WaitForLoadStateAsync();
        Assert.EndsWith("/evidence/security/bandit-2025-11-21.sarif.txt", popup.Url, StringComparison.Ordinal);
        var raw = await File.ReadAllTextAsync(Path.Combine(site.OutDir, "evidence/security/bandit-2025-11-21.sarif.txt"));
        Assert.Equal(raw.TrimEnd(), (await popup.Locator("body").InnerTextAsync()).TrimEnd());
        Assert.EndsWith("/" + EvidencePage, page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Over_http_the_raw_file_downloads_under_its_own_name()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("http", EvidencePage));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.raw-file").ClickAsync());
        Assert.Equal("bandit-2025-11-21.sarif", download.SuggestedFilename);
        var saved = await download.PathAsync();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(site.OutDir, "evidence/security/bandit-2025-11-21.sarif.txt")), await File.ReadAllBytesAsync(saved));
    }
}
