using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Browser;

/// <summary>Filtering and sorting of the register, the matrix and the evidence index (<c>templates/assets/tables.js</c>) on
/// the shipped site, from disk and over http; the heat-map cells that lead to the risks they count; and the whole table,
/// with no controls, when JavaScript is off. What a row should show is worked out here from the rows as the build wrote
/// them (their text and <c>data-</c> attributes), never read back from the script.</summary>
public sealed partial class TablesInBrowserTests(BrowserSite site, ITestOutputHelper output) : IClassFixture<BrowserSite>
{
    private const string Register = "governance/register.html";
    private const string Matrix = "governance/matrix.html";
    private const string EvidenceIndex = "evidence/index.html";

    /// <summary>Each body row of a table: its text and its data- attributes, in the order the rows stand now, with
    /// whether it shows.</summary>
    private sealed record Row(string Text, Dictionary<string, string> Data, bool Shown);

    private static async Task<List<Row>> RowsAsync(IPage page, string table) =>
        Json<List<Row>>(await page.EvaluateAsync<string>($$"""
            () => JSON.stringify(Array.from(document.querySelectorAll('#{{table}} > tbody > tr'), r => ({
              text: r.textContent, shown: !r.hidden && r.offsetParent !== null,
              data: Object.fromEntries(Array.from(r.attributes).filter(a => a.name.startsWith('data-')).map(a => [a.name.slice(5), a.value]))
            })))
            """));

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static T Json<T>(string json) => JsonSerializer.Deserialize<T>(json, WebJson)!;

    private static async Task<string> CountAsync(IPage page) => await page.Locator(".table-tools-count").InnerTextAsync();

    private static string Showing(int shown, int of, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"Showing {shown:N0} of {of:N0} {noun}");

    [SkippableTheory]
    [InlineData("file")]
    [InlineData("http")]
    public async Task Filtering_the_register_by_text_and_status_narrows_the_rows_and_updates_the_count(string scheme)
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(scheme, Register));
        var all = await RowsAsync(page, "risk-table");
        Assert.True(all.Count >= 10, $"{all.Count} risks");
        Assert.True(await page.Locator("form.table-tools").IsVisibleAsync());
        Assert.StartsWith(Showing(all.Count, all.Count, "risks") + ".", await CountAsync(page), StringComparison.Ordinal);

        await page.GetByLabel("Filter", new() { Exact = true }).FillAsync("SECRET");
        var bySecret = all.Where(r => r.Text.Contains("secret", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.InRange(bySecret.Count, 1, all.Count - 1);
        Assert.Equal(bySecret.Select(r => r.Text), (await RowsAsync(page, "risk-table")).Where(r => r.Shown).Select(r => r.Text));
        Assert.Equal(Showing(bySecret.Count, all.Count, "risks") + ".", await CountAsync(page));

        var status = bySecret.GroupBy(r => r.Data["status"]).OrderBy(g => g.Count()).First().Key;
        await page.GetByLabel("Status").SelectOptionAsync(status);
        var both = bySecret.Where(r => r.Data["status"] == status).ToList();
        Assert.Equal(both.Select(r => r.Text), (await RowsAsync(page, "risk-table")).Where(r => r.Shown).Select(r => r.Text));
        Assert.Equal(Showing(both.Count, all.Count, "risks") + ".", await CountAsync(page));
        output.WriteLine($"'SECRET': {bySecret.Count} of {all.Count}; and {status}: {both.Count}");

        // The view can be linked: the fragment holds it, and opening that URL shows it again.
        Assert.Contains("q=SECRET", page.Url, StringComparison.Ordinal);
        var fresh = await site.Browser.NewPageAsync();
        await fresh.GotoAsync(page.Url);
        Assert.Equal(Showing(both.Count, all.Count, "risks") + ".", await CountAsync(fresh));
        Assert.Equal("SECRET", await fresh.GetByLabel("Filter", new() { Exact = true }).InputValueAsync());
        Assert.Equal(status, await fresh.GetByLabel("Status").InputValueAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Show all" }).ClickAsync();
        Assert.All(await RowsAsync(page, "risk-table"), r => Assert.True(r.Shown));
        Assert.DoesNotContain("#", page.Url, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(Register, "risk-table", "Severity", "severity", "number")]
    [InlineData(Register, "risk-table", "Occurrence", "occurrence", "number")]
    [InlineData(Matrix, "matrix-rows", "Risks (RPN)", "rpn", "number")]
    [InlineData(EvidenceIndex, "evidence-list", "Collected", "collected", "date")]
    public async Task Sorting_by_a_column_orders_rows_by_their_data_value_and_sets_aria_sort(string path, string table, string column, string key, string type)
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var header = page.Locator($"#{table} thead th").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = column, Exact = true }) });
        var button = header.GetByRole(AriaRole.Button);
        Assert.Equal("none", await header.GetAttributeAsync("aria-sort"));

        await button.ClickAsync();
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        var values = (await RowsAsync(page, table)).Select(r => r.Data[key]).ToList();
        Assert.True(values.Distinct().Count() > 2, $"{key}: {string.Join(",", values.Distinct())}");
        Assert.Equal(Expected(values, type, descending: true), values);

        await button.ClickAsync();
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        values = [.. (await RowsAsync(page, table)).Select(r => r.Data[key])];
        Assert.Equal(Expected(values, type, descending: false), values);
        Assert.Equal(1, await page.Locator($"#{table} thead th[aria-sort=ascending]").CountAsync());
        Assert.Equal(0, await page.Locator($"#{table} thead th[aria-sort=descending]").CountAsync());
    }

    /// <summary>Values in the order a sort must give: by number or ISO instant, empty ones last either way.</summary>
    private static List<string> Expected(List<string> values, string type, bool descending)
    {
        var present = values.Where(v => v.Length > 0);
        var ordered = type == "number"
            ? (descending ? present.OrderByDescending(v => double.Parse(v, CultureInfo.InvariantCulture)) : present.OrderBy(v => double.Parse(v, CultureInfo.InvariantCulture)))
            : (descending ? present.OrderByDescending(v => v, StringComparer.Ordinal) : present.OrderBy(v => v, StringComparer.Ordinal));
        return [.. ordered, .. values.Where(v => v.Length == 0)];
    }

    [SkippableFact]
    public async Task The_status_column_sorts_worst_first_in_the_order_of_the_status_filter()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(Matrix));
        var order = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('form.table-tools select[name=status] option'), o => o.value).filter(Boolean)");
        Assert.True(order.Length >= 2, string.Join(",", order));
        await page.Locator("#matrix-rows thead").GetByRole(AriaRole.Button, new() { Name = "Status" }).ClickAsync();
        var statuses = (await RowsAsync(page, "matrix-rows")).Select(r => r.Data["status"]).ToList();
        Assert.Equal(statuses.OrderBy(s => Array.IndexOf(order, s)), statuses);
        output.WriteLine(string.Join(", ", statuses.Distinct()));
    }

    [SkippableFact]
    public async Task The_matrix_and_the_evidence_index_filter_by_their_own_choices()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        foreach (var (path, table, label, key, noun) in new[]
                 {
                     (Matrix, "matrix-rows", "Framework", "framework", "rows"), (Matrix, "matrix-rows", "Status", "status", "rows"),
                     (EvidenceIndex, "evidence-list", "Kind", "kind", "files"), (EvidenceIndex, "evidence-list", "Status", "status", "files"),
                 })
        {
            await page.GotoAsync(site.Url(path));
            var all = await RowsAsync(page, table);
            var value = all.GroupBy(r => r.Data[key]).Where(g => g.Key.Length > 0).OrderBy(g => g.Count()).First().Key;
            await page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(value);
            var expected = all.Where(r => r.Data[key] == value).Select(r => r.Text).ToList();
            Assert.Equal(expected, (await RowsAsync(page, table)).Where(r => r.Shown).Select(r => r.Text));
            Assert.Equal(Showing(expected.Count, all.Count, noun) + ".", await CountAsync(page));
            output.WriteLine($"{path} {key}={value}: {expected.Count} of {all.Count}");
        }
    }

    [SkippableFact]
    public async Task The_register_is_filtered_and_sorted_with_the_keyboard_alone()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(Register));
        var all = await RowsAsync(page, "risk-table");

        await TabToAsync(page, "document.activeElement.name === 'q'");
        await page.Keyboard.TypeAsync("platform");
        var expected = all.Where(r => r.Text.Contains("platform", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.InRange(expected.Count, 1, all.Count - 1);
        Assert.Equal(Showing(expected.Count, all.Count, "risks") + ".", await CountAsync(page));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("status", await page.EvaluateAsync<string>("document.activeElement.name"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Show all", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        // On to the RPN column's button: Enter turns the build's order (highest first) round, Space back.
        await TabToAsync(page, "document.activeElement.classList.contains('sort-button') && document.activeElement.textContent.startsWith('RPN')");
        var rpn = page.Locator("#risk-table thead th").Nth(4);
        Assert.Equal("descending", await rpn.GetAttributeAsync("aria-sort"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("ascending", await rpn.GetAttributeAsync("aria-sort"));
        var shown = (await RowsAsync(page, "risk-table")).Where(r => r.Shown).Select(r => r.Data["rpn"]).ToList();
        Assert.Equal(Expected(shown, "number", descending: false), shown);
        await page.Keyboard.PressAsync(" ");
        Assert.Equal("descending", await rpn.GetAttributeAsync("aria-sort"));

        await TabToAsync(page, "document.activeElement.textContent === 'Show all'", "Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(Showing(all.Count, all.Count, "risks") + ".", await CountAsync(page));
        Assert.Equal("", await page.GetByLabel("Filter", new() { Exact = true }).InputValueAsync());
    }

    /// <summary>Presses <paramref name="key"/> until <paramref name="test"/> holds of the focused element, as a keyboard
    /// user would; fails if it never does.</summary>
    private static async Task TabToAsync(IPage page, string test, string key = "Tab")
    {
        for (var i = 0; i < 400; i++)
        {
            if (await page.EvaluateAsync<bool>($"() => !!document.activeElement && ({test})")) return;
            await page.Keyboard.PressAsync(key);
        }
        Assert.Fail($"never reached by {key}: {test}");
    }

    [SkippableTheory]
    [InlineData(Register, "risk-table")]
    [InlineData(Matrix, "matrix-rows")]
    [InlineData(EvidenceIndex, "evidence-list")]
    public async Task Without_javascript_the_whole_table_shows_and_no_control_does(string path, string table)
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var rows = await RowsAsync(page, table);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Shown));
        Assert.False(await page.Locator("form.table-tools").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("form.table-tools input:visible, form.table-tools select:visible, form.table-tools button:visible").CountAsync());
        Assert.Equal(0, await page.Locator($"#{table} button").CountAsync());
    }

    /// <summary>Every cell of the heat map's table that counts risks: clicked, it shows exactly those risks, the register
    /// filtered to the cell (several) or the risk's own page (one); an empty cell is no link.</summary>
    [SkippableTheory]
    [InlineData("file")]
    [InlineData("http")]
    public async Task A_heat_map_cell_shows_exactly_the_risks_it_counts(string scheme)
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(scheme, Register));
        var all = await RowsAsync(page, "risk-table");
        var cells = Json<CellJson[]>(await page.EvaluateAsync<string>("""
            () => JSON.stringify(Array.from(document.querySelectorAll('.heatmap-table tbody td')).map(td => ({
              severity: td.parentElement.cells[0].textContent, occurrence: td.closest('table').tHead.rows[0].cells[td.cellIndex].textContent,
              text: td.textContent, links: td.querySelectorAll('a').length, label: td.querySelector('a')?.getAttribute('aria-label') ?? '' })))
            """));
        Assert.All(cells.Where(c => c.Text.Length == 0), c => Assert.Equal(0, c.Links));
        var counted = cells.Where(c => c.Text.Length > 0).ToList();
        Assert.Equal(all.Count(r => r.Data["severity"].Length > 0 && r.Data["occurrence"].Length > 0), counted.Sum(c => int.Parse(c.Text, CultureInfo.InvariantCulture)));
        Assert.Contains(counted, c => c.Text != "1");
        foreach (var cell in counted)
        {
            var expected = all.Where(r => r.Data["severity"] == cell.Severity && r.Data["occurrence"] == cell.Occurrence).ToList();
            var n = int.Parse(cell.Text, CultureInfo.InvariantCulture);
            Assert.Equal(n, expected.Count);
            Assert.StartsWith($"{n} {(n == 1 ? "risk" : "risks")} with severity {cell.Severity} and occurrence {cell.Occurrence}", cell.Label, StringComparison.Ordinal);
            var link = page.GetByRole(AriaRole.Link, new() { Name = cell.Label, Exact = true });
            if (n == 1)
            {
                Assert.EndsWith("risks/" + RiskId(expected[0].Text) + ".html", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
                continue;
            }
            await link.ClickAsync();
            Assert.EndsWith($"#severity-{cell.Severity}-occurrence-{cell.Occurrence}", page.Url, StringComparison.Ordinal);
            // The script filters on the fragment's change event, after the click returns: wait for its count, then read.
            var count = Showing(n, all.Count, "risks") + $" with severity {cell.Severity} and occurrence {cell.Occurrence}.";
            await page.WaitForFunctionAsync("t => document.querySelector('.table-tools-count')?.innerText === t", count, new() { Timeout = 15_000 });
            Assert.Equal(expected.Select(r => r.Text), (await RowsAsync(page, "risk-table")).Where(r => r.Shown).Select(r => r.Text));
            Assert.Equal(count, await CountAsync(page));
            Assert.Equal("risk-table", await page.EvaluateAsync<string>("document.activeElement.id"));
            Assert.True(await page.Locator("#risk-table caption").IsVisibleAsync());
        }

        // The one-risk cell leads to its risk's page.
        var single = counted.First(c => c.Text == "1");
        await page.GetByRole(AriaRole.Link, new() { Name = single.Label, Exact = true }).ClickAsync();
        Assert.Contains(single.Label[(single.Label.LastIndexOf(' ') + 1)..], await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    private sealed record CellJson(string Severity, string Occurrence, string Text, int Links, string Label);

    private static string RiskId(string rowText) => RiskIdPattern().Match(rowText).Value;

    [GeneratedRegex(@"RSK-[A-Z0-9-]+")]
    private static partial Regex RiskIdPattern();

    [SkippableFact]
    public async Task A_heat_map_cell_of_the_picture_and_a_link_from_elsewhere_filter_the_register_too()
    {
        site.RequireBrowser();
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Url(Register));
        var all = await RowsAsync(page, "risk-table");
        var anchor = (await page.Locator(".heatmap-table a[href^='#']").First.GetAttributeAsync("href"))!;
        var parts = anchor.Split('-');
        var expected = all.Where(r => r.Data["severity"] == parts[1] && r.Data["occurrence"] == parts[3]).Select(r => r.Text).ToList();

        // The picture's cell: for the pointer (the table beside it is the keyboard's way).
        await page.Locator($"svg.heatmap a[href='{anchor}']").ClickAsync();
        Assert.Equal(expected, (await RowsAsync(page, "risk-table")).Where(r => r.Shown).Select(r => r.Text));
        Assert.Equal("-1", await page.Locator($"svg.heatmap a[href='{anchor}']").GetAttributeAsync("tabindex"));

        // Opened at the cell's fragment from another page: filtered, with the table (not the list) in view.
        var other = await site.Browser.NewPageAsync();
        await other.GotoAsync(site.Url(Register) + anchor);
        Assert.Equal(expected, (await RowsAsync(other, "risk-table")).Where(r => r.Shown).Select(r => r.Text));
        Assert.True(await other.EvaluateAsync<bool>("() => { const r = document.querySelector('#risk-table caption').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"));

        // Back to the page without the fragment: the whole table again.
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !location.hash");
        Assert.All(await RowsAsync(page, "risk-table"), r => Assert.True(r.Shown));
    }

    [SkippableFact]
    public async Task Without_javascript_a_heat_map_cell_leads_to_the_list_of_exactly_its_risks()
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(Register));
        var all = await RowsAsync(page, "risk-table");
        var links = page.Locator(".heatmap-table a[href^='#']");
        Assert.True(await links.CountAsync() > 0);
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var link = links.Nth(i);
            var anchor = (await link.GetAttributeAsync("href"))!;
            var parts = anchor.Split('-');
            var expected = all.Where(r => r.Data["severity"] == parts[1] && r.Data["occurrence"] == parts[3]).Select(r => RiskId(r.Text)).ToList();
            await link.ClickAsync();
            var target = page.Locator(":target");
            Assert.Equal(anchor[1..], await target.GetAttributeAsync("id"));
            Assert.True(await target.IsVisibleAsync());
            Assert.Equal(expected, await target.Locator("a").AllInnerTextsAsync());
            Assert.Equal((await link.InnerTextAsync()).Trim(), expected.Count.ToString(CultureInfo.InvariantCulture));
        }
    }

    [SkippableTheory]
    [InlineData(Register, ColorScheme.Light)]
    [InlineData(Register, ColorScheme.Dark)]
    [InlineData(Matrix, ColorScheme.Light)]
    [InlineData(EvidenceIndex, ColorScheme.Dark)]
    public async Task Filtered_and_sorted_tables_have_no_accessibility_violations(string path, ColorScheme scheme)
    {
        site.RequireBrowser();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        await page.GetByLabel("Filter", new() { Exact = true }).FillAsync("a");
        await page.Locator("th.sortable button").Last.ClickAsync();
        Assert.Equal(1, await page.Locator("th[aria-sort=ascending], th[aria-sort=descending]").CountAsync());
        AxeAssert.NoViolations(await page.RunAxe());
    }
}
