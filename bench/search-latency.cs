// Time from typing a query into a page that has not loaded the search index yet to its first results being shown, in
// Debian's Chromium (never a downloaded browser), on a built site opened at each base URL given (file:// and http://).
//
//   dotnet run --file bench/search-latency.cs -- RUNS QUERIES_FILE BASE_URL...      (bench/search runs it)
//
// QUERIES_FILE has one query per line. For each base URL and query: RUNS times, a fresh page opens BASE_URL/index.html
// and waits until it has loaded (its search script reads the index's root, a few hundred bytes, once the page is idle),
// then focuses the search box and types the whole query in one input event; the time runs from that event to the first
// result option in the list, loading the files of keys and of pages the query needs included. Prints a Markdown table: median and max ms, the
// number of results and the first result's title and link.
#:package Microsoft.Playwright
#:property PublishAot=false
using System.Globalization;
using Microsoft.Playwright;

var runs = int.Parse(args[0], CultureInfo.InvariantCulture);
var queries = File.ReadAllLines(args[1]).Where(l => l.Length > 0).ToArray();
var bases = args[2..];
var chromium = Environment.GetEnvironmentVariable("HOTPASS_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

Console.WriteLine("| site | query | median ms | max ms | results | first result |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: | --- |");
foreach (var baseUrl in bases)
{
    foreach (var query in queries)
    {
        var times = new List<double>();
        var (count, first) = (0, "");
        for (var run = 0; run < runs; run++)
        {
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl.TrimEnd('/') + "/index.html");
            await page.WaitForFunctionAsync("() => window.HotpassSearchIndex !== undefined");
            var ms = await page.EvaluateAsync<double>("""
                query => new Promise(resolve => {
                  const input = document.getElementById('search-input');
                  const list = document.getElementById('search-results');
                  let start = 0;
                  new MutationObserver(() => { if (list.querySelector('[role=option]')) resolve(performance.now() - start); })
                    .observe(list, { childList: true });
                  start = performance.now();
                  input.focus();
                  input.value = query;
                  input.dispatchEvent(new Event('input'));
                })
                """, query);
            times.Add(ms);
            count = await page.Locator("#search-results a[role=option]").CountAsync();
            first = count == 0 ? "(none)" : await page.Locator("#search-results a[role=option] .search-title").First.InnerTextAsync()
                + " → " + await page.Locator("#search-results a[role=option]").First.GetAttributeAsync("href");
            await context.CloseAsync();
        }
        times.Sort();
        var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {(baseUrl.StartsWith("file:", StringComparison.Ordinal) ? "file://" : "http://")} | `{query}` | {median:0.0} | {times[^1]:0.0} | {count} | {first.Replace("|", "\\|", StringComparison.Ordinal)} |"));
    }
}
