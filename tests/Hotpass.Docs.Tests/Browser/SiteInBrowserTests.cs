using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>What a reader sees: the shipped site opened straight from disk in real Chromium.</summary>
public sealed class SiteInBrowserTests(BrowserSite site, ITestOutputHelper output) : IClassFixture<BrowserSite>
{
    [SkippableFact]
    public async Task A_reader_navigates_from_the_home_page_to_a_guide_over_file_urls()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);

        await page.GotoAsync(site.Url("index.html"));
        await page.Locator(".layout > nav.sidebar").GetByRole(AriaRole.Link, new() { Name = "How-to guides" }).ClickAsync();
        Assert.EndsWith("/how-to/index.html", page.Url, StringComparison.Ordinal);

        await page.Locator(".cards").GetByRole(AriaRole.Link, new() { Name = "Rotate the dashboard shared secret" }).ClickAsync();
        Assert.EndsWith("/how-to/rotate-dashboard-shared-secret.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("Rotate the dashboard shared secret", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("page", await page.Locator(".layout > nav.sidebar a[aria-current]").GetAttributeAsync("aria-current"));
        Assert.Equal("grid", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.layout')).display"));

        await page.Locator("nav.breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "How-to guides" }).ClickAsync();
        Assert.EndsWith("/how-to/index.html", page.Url, StringComparison.Ordinal);
        Assert.Empty(failed);
    }

    [SkippableFact]
    public async Task The_on_this_page_links_land_on_their_headings()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url("how-to/rotate-dashboard-shared-secret.html"));
        var first = page.Locator("nav.toc a").First;
        var target = (await first.GetAttributeAsync("href"))!;
        await first.ClickAsync();
        Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator(target).IsVisibleAsync());
    }

    [SkippableFact]
    public async Task Code_is_highlighted_with_javascript_turned_off()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("how-to/configure-trace-export.html"));
        var keyword = page.Locator("pre.code .hl-kw").First;
        Assert.True(await keyword.CountAsync() > 0, "no highlighted keyword on the page");
        var colour = await keyword.EvaluateAsync<string>("e => getComputedStyle(e).color");
        var text = await keyword.EvaluateAsync<string>("e => getComputedStyle(e.closest('pre')).color");
        Assert.NotEqual(text, colour);
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light, 1280)]
    [InlineData(ColorScheme.Dark, 1280)]
    [InlineData(ColorScheme.Light, 390)]
    [InlineData(ColorScheme.Dark, 390)]
    public async Task Every_page_type_in_the_manifest_has_no_accessibility_violations_of_any_impact(ColorScheme scheme, int width)
    {
        site.RequireBrowser();
        var types = PageTypes.In(site.OutDir);
        Assert.True(types.Count >= 4, string.Join(", ", types));
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme, ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 900 },
        });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        foreach (var path in types)
        {
            await page.GotoAsync(site.Url(path));
            var results = await page.RunAxe();
            violations.AddRange(results.Violations.Select(v =>
                $"{path}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            Assert.True(results.Passes.Length > 20, $"{path}: axe checked only {results.Passes.Length} rules");
        }
        output.WriteLine("page types: " + string.Join(", ", types));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [SkippableTheory]
    [InlineData("index.html", ColorScheme.Light)]
    [InlineData("index.html", ColorScheme.Dark)]
    [InlineData("how-to/index.html", ColorScheme.Light)]
    [InlineData("how-to/index.html", ColorScheme.Dark)]
    [InlineData("how-to/rotate-dashboard-shared-secret.html", ColorScheme.Light)]
    [InlineData("how-to/rotate-dashboard-shared-secret.html", ColorScheme.Dark)]
    [InlineData("how-to/configure-trace-export.html", ColorScheme.Dark)]
    [InlineData("reference/quality-gates.html", ColorScheme.Light)]
    [InlineData("reference/vault-layout.html", ColorScheme.Dark)]
    [InlineData("404.html", ColorScheme.Light)]
    [InlineData("404.html", ColorScheme.Dark)]
    [InlineData("governance/register.html", ColorScheme.Light)]
    [InlineData("governance/register.html", ColorScheme.Dark)]
    [InlineData("governance/matrix.html", ColorScheme.Light)]
    [InlineData("governance/matrix.html", ColorScheme.Dark)]
    [InlineData("governance/controls/CTL-SECRETS-VAULT.html", ColorScheme.Light)]
    [InlineData("governance/risks/RSK-SECRETS-STALL.html", ColorScheme.Dark)]
    public async Task Pages_have_no_accessibility_violations_of_any_impact_in_light_and_dark(string outputPath, ColorScheme scheme)
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(outputPath));
        AxeAssert.NoViolations(await page.RunAxe());
    }
}
