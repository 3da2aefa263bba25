using Hotpass.Docs.Cli.Serve;
using Hotpass.Docs.Tests.TestSupport;
using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary><c>serve</c> in Chromium: an open tab reloads itself after an edit, and a broken edit shows the error
/// overlay (file, line, message) over the last good page.</summary>
public sealed class ServeInBrowserTests
{
    [SkippableFact]
    public async Task An_open_tab_reloads_after_an_edit_and_shows_the_overlay_for_a_broken_one()
    {
        if (!File.Exists(BrowserSite.ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("HOTPASS_REQUIRE_BROWSER") == "1") Assert.Fail($"Chromium not found at {BrowserSite.ChromiumPath}");
            Skip.If(true, $"Chromium not found at {BrowserSite.ChromiumPath} (apt-get install chromium)");
        }
        using var site = new TempSite();
        site.Page("index.md", "Home", "Old words.\n");
        await using var host = (await ServeHost.StartAsync(new ServeOptions(site.Root, 0, "2025-11-23", TimeSpan.FromMilliseconds(30)), TextWriter.Null))!;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSite.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.Url, "index.html").AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('Old words.')");
        // The tab has its event stream open before the edit.
        await WaitForSubscriberAsync(host);

        site.Page("index.md", "Home", "New words.\n");
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('New words.')", null, new() { Timeout = 30_000 });

        await WaitForSubscriberAsync(host);
        site.File("content/index.md", "---\ntitle: Home\ntype: guide\n---\n<script>document.title='owned'</script>Broken.\n");
        var overlay = page.Locator("#hotpass-docs-errors");
        await overlay.WaitForAsync(new() { Timeout = 30_000 });
        var text = await overlay.InnerTextAsync();
        Assert.Contains("content/index.md(3,7): error HPD105: Unknown type 'guide'", text, StringComparison.Ordinal);
        Assert.Contains("New words.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.NotEqual("owned", await page.TitleAsync());
    }

    private static async Task WaitForSubscriberAsync(ServeHost host)
    {
        for (var i = 0; i < 300 && host.Events.SubscriberCount == 0; i++) await Task.Delay(50);
        Assert.True(host.Events.SubscriberCount > 0, "the tab never opened its event stream");
    }
}
