// Time to filter and sort the long governance tables (assets/tables.js) in Debian's Chromium (never a downloaded
// browser), on a built site opened at each base URL given (file:// and http://).
//
//   dotnet run --file bench/table-latency.cs -- RUNS BASE_URL...      (bench/tables runs it)
//
// For the register (governance/register.html, #risk-table) and the matrix (governance/matrix.html, #matrix-rows), RUNS
// times each: a fresh page opens and loads; then a query is typed one key at a time, each key one input event, and each
// keystroke is timed from its event to the end of the style and layout it causes (a forced layout after the handler),
// and to the next frame (a requestAnimationFrame, then a task). The first key of a run, which also reads and folds the
// rows' text once, is reported apart. Then one click on a column's sort button, timed the same way, and the status filter
// set by one change event; and, for scale, the table laid out afresh without the script (what opening the page costs it).
// Prints a Markdown table: median and max ms.
#:package Microsoft.Playwright
#:property PublishAot=false
using System.Globalization;
using Microsoft.Playwright;

var runs = int.Parse(args[0], CultureInfo.InvariantCulture);
var bases = args[1..];
var chromium = Environment.GetEnvironmentVariable("HOTPASS_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// One measurement, in the page: ACTION runs, then layout is forced, then the next frame is awaited.
const string Timed = """
    async action => {
      const t0 = performance.now();
      action();
      const t1 = performance.now();
      document.body.offsetHeight;
      const t2 = performance.now();
      await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
      return [t1 - t0, t2 - t0, performance.now() - t0];
    }
    """;

Console.WriteLine("| site | table | rows | action | script ms (median / max) | + layout ms (median / max) | to next frame ms (median / max) | shown after |");
Console.WriteLine("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |");
foreach (var baseUrl in bases)
{
    foreach (var (path, table, query, sortColumn) in new[]
             {
                 ("governance/register.html", "risk-table", "rsk-0123", "Owner"),
                 ("governance/matrix.html", "matrix-rows", "ctl-0042", "Control"),
             })
    {
        var samples = new Dictionary<string, List<double[]>>(StringComparer.Ordinal);
        var rows = 0;
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string action, double[] t, string count)
        {
            if (!samples.TryGetValue(action, out var list)) samples[action] = list = [];
            list.Add(t);
            shown[action] = count;
        }
        for (var run = 0; run < runs; run++)
        {
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl.TrimEnd('/') + "/" + path);
            await page.WaitForFunctionAsync("() => !document.querySelector('form.table-tools').hidden");
            rows = await page.EvaluateAsync<int>($"document.querySelectorAll('#{table} > tbody > tr').length");
            for (var i = 1; i <= query.Length; i++)
            {
                var t = await page.EvaluateAsync<double[]>($$"""
                    () => ({{Timed}})(() => { const q = document.querySelector('form.table-tools [name=q]'); q.value = {{Js(query[..i])}}; q.dispatchEvent(new Event('input')); })
                    """);
                Add(i == 1 ? "first key" : "next keys", t, await Count(page));
            }
            Add("clear filter", await page.EvaluateAsync<double[]>($$"""
                () => ({{Timed}})(() => { const q = document.querySelector('form.table-tools [name=q]'); q.value = ''; q.dispatchEvent(new Event('input')); })
                """), await Count(page));
            Add($"sort by {sortColumn}", await page.EvaluateAsync<double[]>($$"""
                () => ({{Timed}})(() => Array.from(document.querySelectorAll('#{{table}} .sort-button')).find(b => b.textContent.startsWith({{Js(sortColumn)}})).click())
                """), await Count(page));
            // For scale: the same table laid out afresh with no script involved, which is what opening the page costs it.
            Add("reference: table laid out afresh", await page.EvaluateAsync<double[]>($$"""
                () => ({{Timed}})(() => { const t = document.getElementById({{Js(table)}}); t.style.display = 'none'; t.offsetHeight; t.style.display = ''; })
                """), await Count(page));
            Add("status filter", await page.EvaluateAsync<double[]>("""
                () => ({{Timed}})(() => { const s = document.querySelector('form.table-tools [name=status]'); s.selectedIndex = 1; s.dispatchEvent(new Event('change')); })
                """.Replace("{{Timed}}", Timed, StringComparison.Ordinal)), await Count(page));
            await context.CloseAsync();
        }
        foreach (var (action, list) in samples)
        {
            string Stat(int k)
            {
                var v = list.Select(t => t[k]).Order().ToList();
                var median = v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2;
                return string.Create(CultureInfo.InvariantCulture, $"{median:0.0} / {v[^1]:0.0}");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(baseUrl.StartsWith("file:", StringComparison.Ordinal) ? "file://" : "http://")} | {path} | {rows} | {action} | {Stat(0)} | {Stat(1)} | {Stat(2)} | {shown[action]} |"));
        }
    }
}

static async Task<string> Count(IPage page) => (await page.Locator(".table-tools-count").InnerTextAsync()).Replace("Showing ", "", StringComparison.Ordinal).TrimEnd('.');

static string Js(string s) => System.Text.Json.JsonSerializer.Serialize(s);
