using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>Dark mode, the phone layout and print, in real Chromium over file:// URLs.</summary>
public sealed class ThemeAndLayoutTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string[] PageTypes =
        ["index.html", "how-to/index.html", "how-to/rotate-dashboard-shared-secret.html", "reference/vault-layout.html", "404.html"];

    [SkippableFact]
    public async Task The_dark_mode_toggle_switches_the_theme_and_the_choice_persists_across_pages()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("how-to/rotate-dashboard-shared-secret.html"));
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        var light = await Background(page);

        await toggle.ClickAsync();
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.NotEqual(light, await Background(page));

        await page.GotoAsync(site.Url("reference/index.html"));
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.NotEqual(light, await Background(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).ClickAsync();
        await page.ReloadAsync();
        Assert.Equal(light, await Background(page));
    }

    [SkippableFact]
    public async Task Without_a_stored_choice_the_site_follows_the_system_colour_scheme()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        Assert.Equal("rgb(13, 17, 23)", await Background(page));
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).GetAttributeAsync("aria-pressed"));
    }

    [SkippableFact]
    public async Task On_a_phone_the_article_comes_first_and_no_page_is_wider_than_the_screen()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        foreach (var path in PageTypes.Concat(["reference/configuration.html", "reference/cli.html"]))
        {
            await page.GotoAsync(site.Url(path));
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{path} is {width} px wide");
            var top = await page.EvaluateAsync<double>("document.querySelector('main h1').getBoundingClientRect().top");
            Assert.True(top < 300, $"{path}: the article's heading starts at y = {top}");
            Assert.False(await page.Locator(".layout > nav.sidebar").IsVisibleAsync(), $"{path}: sidebar shown on a phone");
        }
    }

    [SkippableFact]
    public async Task The_phone_menu_opens_without_javascript()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        var link = page.Locator(".nav-menu nav.sidebar").GetByRole(AriaRole.Link, new() { Name = "How-to guides" });
        Assert.False(await link.IsVisibleAsync());
        Assert.False(await page.Locator(".search").IsVisibleAsync());
        Assert.False(await page.Locator(".theme-toggle").IsVisibleAsync());
        await page.GetByText("Menu").ClickAsync();
        await link.ClickAsync();
        Assert.EndsWith("/how-to/index.html", page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_wide_table_scrolls_inside_its_own_focusable_labelled_region()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("reference/configuration.html"));
        var region = page.GetByRole(AriaRole.Region).First;
        Assert.StartsWith("Table: ", await region.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
    }

    [SkippableFact]
    public async Task Print_hides_navigation_keeps_table_rows_whole_and_writes_out_external_links()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url("reference/configuration.html"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".layout > nav.sidebar").IsVisibleAsync());
        Assert.False(await page.Locator(".site-header .search").IsVisibleAsync());
        Assert.False(await page.Locator("nav.toc").IsVisibleAsync());
        Assert.Equal("avoid", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.prose tr')).breakInside"));

        await page.SetContentAsync("<link rel=stylesheet href=\"" + site.Url("assets/site.css") + "\"><main class=content><div class=prose><table><tr><td>"
            + "<a href=\"https://example.org/evidence/sbom.json\">SBOM</a> <a href=\"../how-to/index.html\">guides</a></td></tr></table></div></main>");
        var after = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('a'), '::after').content");
        Assert.Equal("\" <https://example.org/evidence/sbom.json>\"", after);
        // A relative path means nothing on paper: without a base URL it is not written out.
        Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelectorAll('a')[1], '::after').content"));
    }

    [SkippableFact]
    public async Task Screenshots_of_each_page_type_at_desktop_and_phone_width_are_saved()
    {
        site.RequireBrowser();
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (name, width, height, scheme) in new[]
                 { ("desktop", 1280, 900, ColorScheme.Light), ("phone", 390, 844, ColorScheme.Light), ("phone-dark", 390, 844, ColorScheme.Dark), ("desktop-dark", 1280, 900, ColorScheme.Dark) })
        {
            await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme,
            });
            var page = await context.NewPageAsync();
            foreach (var path in PageTypes.Concat(Browser.PageTypes.In(site.OutDir)).Distinct(StringComparer.Ordinal))
            {
                await page.GotoAsync(site.Url(path));
                var file = Path.Combine(folder, path.Replace('/', '_').Replace(".html", "", StringComparison.Ordinal) + "." + name + ".png");
                await page.ScreenshotAsync(new() { Path = file });
                Assert.True(new FileInfo(file).Length > 10_000, file);
            }
        }
    }

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor");
}
