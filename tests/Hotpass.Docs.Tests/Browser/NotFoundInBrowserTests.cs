using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>The shipped site (no base URL) mounted under <c>/docs/</c> of a server that returns <c>404.html</c> for
/// any missing path, as static hosts do. The server is Playwright's request routing: nothing leaves the browser.</summary>
public sealed class NotFoundInBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Host = "http://docs.test";

    private async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.RouteAsync(Host + "/**", Serve);
        await page.GotoAsync(Host + path);
        return page;
    }

    private async Task Serve(IRoute route)
    {
        var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath);
        var file = path.StartsWith("/docs/", StringComparison.Ordinal) ? Path.Combine(site.OutDir, path["/docs/".Length..]) : null;
        if (file is not null && File.Exists(file))
        {
            await route.FulfillAsync(new() { Status = 200, BodyBytes = await File.ReadAllBytesAsync(file), ContentType = ContentType(file) });
            return;
        }
        var notFound = path.StartsWith("/docs/", StringComparison.Ordinal)
            ? await File.ReadAllBytesAsync(Path.Combine(site.OutDir, "404.html"))
            : "not found"u8.ToArray();
        await route.FulfillAsync(new() { Status = 404, BodyBytes = notFound, ContentType = "text/html; charset=utf-8" });
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".png" => "image/png",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    [SkippableFact]
    public async Task A_nested_missing_path_shows_a_styled_page_whose_links_reach_the_site()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync();
        var page = await OpenAsync(context, "/docs/a/b/c/missing");

        await page.WaitForSelectorAsync("html.root-found", new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        Assert.Equal("grid", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.layout')).display"));
        Assert.Equal(Host + "/docs/index.html", await page.Locator(".home-link a").EvaluateAsync<string>("a => a.href"));

        await page.Locator("nav.sidebar").GetByRole(AriaRole.Link, new() { Name = "How-to guides" }).ClickAsync();
        Assert.Equal(Host + "/docs/how-to/index.html", page.Url);
        Assert.Equal("How-to guides", await page.Locator("h1").InnerTextAsync());
    }

    [SkippableFact]
    public async Task Without_javascript_it_is_styled_and_shows_only_links_that_work()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await OpenAsync(context, "/docs/a/b/c/missing");

        Assert.Equal("grid", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.layout')).display"));
        Assert.Equal(0, await page.Locator("nav.sidebar:visible").CountAsync());
        Assert.False(await page.Locator(".home-link").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "top of this server" }).IsVisibleAsync());
    }

    [SkippableFact]
    public async Task It_keeps_the_stored_dark_choice_and_its_search_box_finds_pages()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        await context.AddInitScriptAsync("try { localStorage.setItem('hotpass-theme', 'dark') } catch (e) {}");
        var page = await OpenAsync(context, "/docs/a/b/missing");

        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal("rgb(13, 17, 23)", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor"));
        await page.WaitForSelectorAsync("html.root-found", new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).GetAttributeAsync("aria-pressed"));
        Assert.Equal(Host + "/docs/assets/favicon.svg", await page.Locator("link[rel=icon]").EvaluateAsync<string>("l => l.href"));

        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the documentation" });
        await search.FillAsync("CTL-SECRETS-VAULT");
        var first = page.Locator("#search-results a").First;
        await first.WaitForAsync(new() { Timeout = 10_000 });
        await search.PressAsync("Enter");
        await page.WaitForURLAsync(Host + "/docs/governance/controls/CTL-SECRETS-VAULT.html");
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
    }
}
