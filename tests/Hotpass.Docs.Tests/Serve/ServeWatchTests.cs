using System.Net;
using Hotpass.Docs.Cli.Serve;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Serve;

/// <summary><c>serve</c> watches exactly the folders the configuration names: an evidence folder set to
/// <c>proof/</c> (nested or not) rebuilds on edits there, and a folder the configuration stops naming is let go.</summary>
public sealed class ServeWatchTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly TempSite _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Theory]
    [InlineData("proof")]
    [InlineData("audit/proof")]
    public async Task An_edit_in_the_configured_evidence_folder_rebuilds(string folder)
    {
        _site.File("hotpass-docs.yml", $"evidence: {{ dir: {folder} }}\n")
            .Page("index.md", "Home")
            .Page("governance/c.md", "C", extra: "controls:\n  - { id: CTL-P, title: P, cadence: monthly, evidence: [\"**\"] }\n")
            .File(folder + "/a.csv", "t\n1\n")
            .File(folder + "/a.csv.evidence.yaml", "collected_at: 2025-11-20T00:00:00Z\n");
        await using var host = (await ServeHost.StartAsync(new ServeOptions(_site.Root, 0, "2025-11-23T00:00:00Z", TimeSpan.FromMilliseconds(30)), TextWriter.Null))!;
        Assert.Contains(folder, host.Watched);
        Assert.DoesNotContain("evidence", host.Watched);
        using var events = await OpenEventsAsync(host);
        await events.WaitForAsync("hello", Wait);

        _site.File(folder + "/b.csv", "t\n2\n").File(folder + "/b.csv.evidence.yaml", "collected_at: 2025-11-21T00:00:00Z\n");

        await events.WaitForAsync("reload", Wait);
        var response = await GetEventuallyAsync(new Uri(host.Url, "evidence/b.csv.html"));
        Assert.Equal(HttpStatusCode.OK, response);
    }

    [Fact]
    public async Task A_configuration_edit_moves_the_watch_to_the_newly_named_folder()
    {
        _site.Page("index.md", "Home").File("evidence/a.txt", "x").File("proof/b.txt", "y");
        await using var host = (await ServeHost.StartAsync(new ServeOptions(_site.Root, 0, "2025-11-23T00:00:00Z", TimeSpan.FromMilliseconds(30)), TextWriter.Null))!;
        Assert.Contains("evidence", host.Watched);

        _site.File("hotpass-docs.yml", "evidence: { dir: proof }\n");

        var deadline = DateTime.UtcNow + Wait;
        while (!host.Watched.Contains("proof") && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Contains("proof", host.Watched);
        Assert.DoesNotContain("evidence", host.Watched);
    }

    private async Task<HttpStatusCode> GetEventuallyAsync(Uri url)
    {
        // A save can reach the watcher as several events; the page is there once the last rebuild is served.
        var deadline = DateTime.UtcNow + Wait;
        HttpStatusCode status;
        do
        {
            status = (await _http.GetAsync(url)).StatusCode;
            if (status == HttpStatusCode.OK) return status;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        return status;
    }

    private async Task<EventStreamReader> OpenEventsAsync(ServeHost host)
    {
        var response = await _http.GetAsync(new Uri(host.Url, "__hotpass-docs/events"), HttpCompletionOption.ResponseHeadersRead);
        return new EventStreamReader(await response.Content.ReadAsStreamAsync());
    }

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }
}
