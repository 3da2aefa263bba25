using Deque.AxeCore.Playwright;
using Hotpass.Docs.Steps.Search;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>The search client on the index the build wrote for the shipped site (<see cref="SearchIndexBuilder"/>), opened
/// from disk (<c>file://</c>) and over http: ids of every kind, page titles and body words, the keyboard, hostile URLs, and
/// the open list under axe. Latency is a benchmark (<c>bench/search</c>), not a test.</summary>
public sealed class SearchInBrowserTests(BrowserSite site, ITestOutputHelper output) : IClassFixture<BrowserSite>
{
    [SkippableFact]
    public async Task Search_finds_a_page_by_a_word_in_its_body_and_opens_it_with_the_keyboard()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));

        // "insensitively" appears only in the body of the log-redaction guide, not in any title or summary.
        await page.Keyboard.TypeAsync("insensitively");
        var first = page.Locator("#search-results [role=option]").First;
        await first.WaitForAsync();
        Assert.Contains("Redact", await first.Locator(".search-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("insensitively", await first.Locator(".search-snippet mark").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("search-option-0", await page.Locator("#search-input").GetAttributeAsync("aria-activedescendant"));
        // Wait from before the key is pressed: a file:// page can finish loading before a wait started after the
        // press has seen the navigation begin, and that wait then times out.
        var opened = page.WaitForURLAsync("**/how-to/redact-sensitive-fields-in-logs.html#*");
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.EndsWith("#how-redaction-decides-what-to-hide", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Every kind of page the site writes is found by what a reader types: a control, risk, framework requirement
    /// or evidence id exactly, or a page's title; the page comes first, and its result links to the top of the page.</summary>
    [SkippableTheory]
    [InlineData("file", "CTL-SECRETS-VAULT", "governance/controls/CTL-SECRETS-VAULT.html")]
    [InlineData("http", "CTL-SECRETS-VAULT", "governance/controls/CTL-SECRETS-VAULT.html")]
    [InlineData("file", "ctl-secrets-vault", "governance/controls/CTL-SECRETS-VAULT.html")]
    [InlineData("file", "RSK-SECRETS-STALL", "governance/risks/RSK-SECRETS-STALL.html")]
    [InlineData("http", "RSK-SECRETS-STALL", "governance/risks/RSK-SECRETS-STALL.html")]
    [InlineData("file", "PO.3", "governance/frameworks/NIST-SSDF/PO.3.html")]
    [InlineData("http", "PO.3", "governance/frameworks/NIST-SSDF/PO.3.html")]
    [InlineData("file", "NIST-SSDF:PO.3", "governance/frameworks/NIST-SSDF/PO.3.html")]
    [InlineData("file", "security/bandit-2025-11-21", "evidence/security/bandit-2025-11-21.sarif.html")]
    [InlineData("http", "security/bandit-2025-11-21", "evidence/security/bandit-2025-11-21.sarif.html")]
    [InlineData("file", "Rotate the dashboard shared secret", "how-to/rotate-dashboard-shared-secret.html")]
    [InlineData("http", "Rotate the dashboard shared secret", "how-to/rotate-dashboard-shared-secret.html")]
    [InlineData("file", "Traceability matrix", "governance/matrix.html")]
    [InlineData("file", "Risk register by RPN", "governance/register.html")]
    [InlineData("http", "Evidence", "evidence/index.html")]
    public async Task An_id_or_a_title_finds_its_page_first_and_opens_it_at_the_top(string scheme, string query, string expected)
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(scheme, "how-to/index.html"));
        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync(query);
        var first = page.Locator("#search-results [role=option]").First;
        await first.WaitForAsync();
        await page.WaitForFunctionAsync("q => document.getElementById('search-input').value === q && !document.getElementById('search-results').hidden", query);
        // Typing on replaces the list; wait until the list answers the whole query (the status names its count).
        await page.WaitForFunctionAsync("() => /result/.test(document.getElementById('search-status').textContent)");
        var hrefs = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('#search-results a'), a => a.getAttribute('href'))");
        output.WriteLine($"{query}: {string.Join(", ", hrefs)}");
        Assert.Equal("../" + expected, hrefs[0]);

        var opened = page.WaitForURLAsync("**/" + expected);
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.DoesNotContain("#", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateAsync<double>("window.scrollY"));
    }

    [SkippableFact]
    public async Task A_query_that_is_an_id_matches_its_words_whole_not_every_word_they_begin()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync("PO.3");
        await page.WaitForFunctionAsync("() => document.getElementById('search-input').value === 'PO.3' && /result/.test(document.getElementById('search-status').textContent)");
        var texts = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('#search-results a'), a => a.textContent)");
        output.WriteLine(string.Join("\n", texts));
        // "po" whole (PO.3, PO.1, NIST-SSDF:PO…), never "policy" or "point" alone.
        Assert.All(texts, t => Assert.Matches("(?i)(^|[^\\p{L}\\p{Nd}_])po([^\\p{L}\\p{Nd}_]|$)", t));
    }

    [SkippableTheory]
    [InlineData("file")]
    [InlineData("http")]
    public async Task Open_results_have_no_accessibility_violations(string scheme)
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(scheme, "index.html"));
        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync("vault");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var results = await page.RunAxe();
        var violations = results.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Contains(results.Passes, p => p.Id == "nested-interactive");
    }

    [SkippableFact]
    public async Task A_result_whose_url_is_not_a_relative_url_is_never_made_a_link()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        // An index as a tampered or older build might hold it: raw names, one a script URL, one reaching another host.
        await page.AddInitScriptAsync("""
            window.HotpassSearchIndex = {"v":3,"pages":3,"keys":["zebra"],"chunks":[0]};
            window.HotpassSearchParts = {"k0": {"keys":["zebra"],"postings":["ACBCBC"]},
              "p0": [["javascript:alert(1).html","Zebra script","",[["","","zebra crossing"]]],
                     ["how-to/zebra.html","Zebra guide","",[["","","zebra crossing"]]],
                     ["//evil.example/x","Zebra elsewhere","",[["","","zebra crossing"]]]]};
            """);
        await page.GotoAsync(site.Url("index.html"));
        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync("zebra");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();
        var hrefs = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('#search-results a'), a => a.getAttribute('href'))");
        Assert.Equal(["how-to/zebra.html"], hrefs);
    }

    [Fact]
    public void The_shipped_sites_index_root_is_a_few_hundred_bytes_and_no_file_of_it_is_large()
    {
        var root = new FileInfo(Path.Combine(site.OutDir, SearchIndexBuilder.FileName)).Length;
        var parts = Directory.GetFiles(Path.Combine(site.OutDir, "search")).Select(f => new FileInfo(f).Length).ToList();
        output.WriteLine($"shipped site index: root {root} bytes, {parts.Count} files, largest {parts.Max()} bytes, {parts.Sum()} bytes in all");
        Assert.True(root < 2_000, $"{root} bytes");
        Assert.All(parts, p => Assert.True(p < 64 * 1024, $"{p} bytes"));
    }
}
