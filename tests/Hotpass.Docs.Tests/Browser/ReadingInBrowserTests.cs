using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>The copy button and heading links as a reader uses them, by keyboard, in real Chromium over file:// URLs;
/// and axe over a page that has code blocks, admonitions and heading links, in light and dark.</summary>
public sealed class ReadingInBrowserTests(ReadingSite site) : IClassFixture<ReadingSite>
{
    private const string FirstCode = "hotpass runs show 2025-11-18 --failed\nhotpass chunks export 14 \\\n    --out chunk-14.parquet";

    private async Task<(IBrowserContext Context, IPage Page)> Open(bool javaScript = true, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript, ColorScheme = scheme, ViewportSize = new() { Width = 1280, Height = 800 },
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ReadingSite.Guide));
        return (context, page);
    }

    [SkippableFact]
    public async Task Tab_to_a_copy_button_and_Enter_copies_the_block_by_the_clipboard_api()
    {
        site.RequireBrowser();
        var (context, page) = await Open();
        await using var _ = context;
        await page.Locator(".code-block pre.code").First.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal("Copy code", await focused.GetAttributeAsync("aria-label"));
        Assert.Equal("button", await focused.EvaluateAsync<string>("e => e.tagName.toLowerCase()"));

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(focused).ToHaveTextAsync("Copied");
        Assert.Equal(1, await page.Locator("[role=status]", new() { HasText = "Code copied to the clipboard" }).CountAsync());
        // A console block gives its commands (and their continuation), never its prompts or output.
        Assert.Equal(FirstCode, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));

        await page.Locator(".code-block pre.code").Nth(1).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(":focus")).ToHaveTextAsync("Copied");
        Assert.StartsWith("from hotpass.refine import load_chunk\n\nchunk = ", await page.EvaluateAsync<string>("navigator.clipboard.readText()"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Without_the_clipboard_api_the_button_copies_by_a_selection()
    {
        site.RequireBrowser();
        var (context, page) = await Open();
        await using var _ = context;
        await page.AddInitScriptAsync("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })");
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("navigator.clipboard === undefined"));
        var button = page.Locator(".copy-button").Last;
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(button).ToHaveTextAsync("Copied");
        Assert.Equal("Copy code", await page.Locator(":focus").GetAttributeAsync("aria-label"));

        var reader = await context.NewPageAsync();
        await reader.GotoAsync(site.Url("index.html"));
        Assert.Equal("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"rerun\", 14)\n}", await reader.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [SkippableFact]
    public async Task The_button_moves_nothing_and_without_javascript_there_is_none()
    {
        site.RequireBrowser();
        // Positions inside the article, from its top: the header above it differs (the search box and theme toggle show
        // only with JavaScript).
        const string layout = "(() => { const top = document.querySelector('.prose').getBoundingClientRect().top; "
            + "return [...document.querySelectorAll('.prose > *')].map(e => { const r = e.getBoundingClientRect(); return `${r.top - top},${r.left},${r.width},${r.height}`; }).join(' '); })()";
        var (withScript, page) = await Open();
        await using var _ = withScript;
        var (withoutScript, plain) = await Open(javaScript: false);
        await using var __ = withoutScript;
        Assert.Equal(4, await page.Locator(".copy-button").CountAsync());
        Assert.Equal(0, await plain.Locator(".copy-button").CountAsync());
        Assert.Equal(await plain.EvaluateAsync<string>(layout), await page.EvaluateAsync<string>(layout));
        Assert.True(await plain.Locator("pre.code .hl-kw").First.IsVisibleAsync());
    }

    [SkippableFact]
    public async Task A_heading_link_shows_on_keyboard_focus_and_following_it_lands_on_the_heading()
    {
        site.RequireBrowser();
        var (context, page) = await Open();
        await using var _ = context;
        var anchor = page.Locator("a.heading-anchor[href='#check-the-result']");
        Assert.Equal("0", await anchor.EvaluateAsync<string>("e => getComputedStyle(e).opacity"));
        Assert.Equal("Link to this section: Check the result", await anchor.GetAttributeAsync("aria-label"));

        await page.Locator(".code-block pre.code").Last.FocusAsync();
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')") != "#check-the-result"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#check-the-result", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        Assert.Equal("1", await anchor.EvaluateAsync<string>("e => getComputedStyle(e).opacity"));

        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#check-the-result", page.Url, StringComparison.Ordinal);
        Assert.Equal("check-the-result", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
        var top = await page.EvaluateAsync<double>("document.getElementById('check-the-result').getBoundingClientRect().top");
        Assert.True(top is > -2 and < 50, $"the heading is at y = {top} after following its link");
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_page_with_code_admonitions_and_heading_links_has_no_accessibility_violations(ColorScheme scheme)
    {
        site.RequireBrowser();
        var (context, page) = await Open(scheme: scheme);
        await using var _ = context;
        Assert.Equal(6, await page.Locator(".admonition-title").CountAsync());
        await page.Locator("details.admonition:not([open]) > summary").ClickAsync();
        AxeAssert.NoViolations(await page.RunAxe());
    }
}
