using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Hotpass.Docs.Cli.Serve;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Serve;

/// <summary><c>serve</c> end to end on a free loopback port: pages served from memory, rebuilt on edits, the reload
/// and error events on the stream, the last good site kept, and paths outside the site refused.</summary>
public sealed class ServeHostTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly TempSite _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private ServeHost? _host;

    private ServeHost Host => _host!;

    public async Task InitializeAsync()
    {
        _site.Page("index.md", "Home", "Welcome. See [the guide](how-to/guide.md).\n")
            .Page("how-to/guide.md", "Guide", "Old words.\n");
        _host = await ServeHost.StartAsync(new ServeOptions(_site.Root, 0, "2025-11-23T00:00:00Z", TimeSpan.FromMilliseconds(30)), TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    // xunit calls this after DisposeAsync, once the server has stopped reading the site.
    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public void Serves_on_loopback_only()
    {
        Assert.Equal(IPAddress.Loopback.ToString(), Host.Url.Host);
        Assert.NotEqual(0, Host.Url.Port);
    }

    [Fact]
    public async Task Pages_are_served_with_the_reload_script_which_the_built_site_never_has()
    {
        var response = await _http.GetAsync(new Uri(Host.Url, "how-to/guide.html"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Old words.", html, StringComparison.Ordinal);
        Assert.EndsWith("<script src=\"/__hotpass-docs/live.js\" data-generation=\"1\"></script>\n</body>\n</html>\n", html, StringComparison.Ordinal);

        var served = Host.Rebuilder.Current!.Files;
        Assert.All(served, f => Assert.DoesNotContain("__hotpass-docs", Encoding.UTF8.GetString(f.Value), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_is_rebuilt_and_announced_on_the_event_stream()
    {
        using var events = await OpenEventsAsync();
        Assert.Equal("{\"generation\":1}", await events.WaitForAsync("hello", Wait));

        _site.Page("how-to/guide.md", "Guide", "New words.\n");
        Assert.Equal("{\"generation\":2}", await events.WaitForAsync("reload", Wait));

        var html = await _http.GetStringAsync(new Uri(Host.Url, "how-to/guide.html"));
        Assert.Contains("New words.", html, StringComparison.Ordinal);
        // A save can reach the watcher as several events, so a later build of the same bytes may already be served.
        Assert.DoesNotContain("data-generation=\"1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_edit_sends_the_overlay_its_errors_and_the_last_good_site_stays()
    {
        using var events = await OpenEventsAsync();
        await events.WaitForAsync("hello", Wait);

        _site.File("content/how-to/guide.md", "---\ntitle: Guide\ntype: guide\n---\nBroken words.\n");
        var data = await events.WaitForAsync("errors", Wait);

        using var json = JsonDocument.Parse(data);
        Assert.Equal(1, json.RootElement.GetProperty("generation").GetInt32());
        var error = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("HPD105", error.GetProperty("code").GetString());
        Assert.Equal("content/how-to/guide.md", error.GetProperty("path").GetString());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(7, error.GetProperty("column").GetInt32());
        Assert.Equal("Unknown type 'guide': expected tutorial, how-to, reference or explanation", error.GetProperty("message").GetString());

        var html = await _http.GetStringAsync(new Uri(Host.Url, "how-to/guide.html"));
        Assert.Contains("Old words.", html, StringComparison.Ordinal);

        // A tab opened now learns of the failure as soon as it connects.
        using var late = await OpenEventsAsync();
        await late.WaitForAsync("hello", Wait);
        Assert.Contains("HPD105", await late.WaitForAsync("errors", Wait), StringComparison.Ordinal);

        _site.Page("how-to/guide.md", "Guide", "Fixed words.\n");
        await events.WaitForAsync("reload", Wait);
        Assert.Contains("Fixed words.", await _http.GetStringAsync(new Uri(Host.Url, "how-to/guide.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_page_is_gone_after_the_rebuild()
    {
        using var events = await OpenEventsAsync();
        await events.WaitForAsync("hello", Wait);
        _site.Page("how-to/other.md", "Other");
        await events.WaitForAsync("reload", Wait);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(Host.Url, "how-to/other.html"))).StatusCode);

        File.Move(Path.Combine(_site.Root, "content/how-to/other.md"), Path.Combine(_site.Root, "content/how-to/renamed.md"));
        // A rebuild still queued for the creation may announce itself first.
        await ReloadUntilAsync(events, site => !site.Files.ContainsKey("how-to/other.html"));
        var gone = await _http.GetAsync(new Uri(Host.Url, "how-to/other.html"));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("Page not found", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(Host.Url, "how-to/renamed.html"))).StatusCode);
    }

    [Fact]
    public async Task A_burst_of_edits_ends_in_one_site_holding_the_last_of_them()
    {
        using var events = await OpenEventsAsync();
        await events.WaitForAsync("hello", Wait);
        for (var i = 1; i <= 5; i++)
        {
            _site.Page("how-to/guide.md", "Guide", $"Edit {i} of the guide.\n").Page("index.md", "Home", $"Edit {i} of home. See [the guide](how-to/guide.md).\n");
        }
        // Let any build still queued for the burst finish.
        await ReloadUntilAsync(events, s => Encoding.UTF8.GetString(s.Files["how-to/guide.html"]).Contains("Edit 5 of", StringComparison.Ordinal));
        var site = Host.Rebuilder.Current!;
        Assert.Contains("Edit 5 of the guide.", Encoding.UTF8.GetString(site.Files["how-to/guide.html"]), StringComparison.Ordinal);
        Assert.Contains("Edit 5 of home.", Encoding.UTF8.GetString(site.Files["index.html"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/how-to/../../hotpass-docs.yml")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/how-to/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("/..%5c..%5cetc%5cpasswd")]
    [InlineData("/how-to\\..\\..\\etc\\passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("http://127.0.0.1/../etc/passwd")]
    public async Task Paths_outside_the_site_are_refused(string target)
    {
        var (status, body) = await RawGetAsync(target);
        Assert.True(status is 400 or 403 or 404, $"{target}: {status}");
        Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
        Assert.DoesNotContain("title:", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example", 403)]
    [InlineData("127.0.0.1.evil.example", 403)]
    [InlineData("localhost", 200)]
    [InlineData("127.0.0.1", 200)]
    public async Task Only_loopback_host_names_are_answered(string host, int expected)
    {
        var (status, _) = await RawGetAsync("/index.html", $"{host}:{Host.Url.Port}");
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site: cross-site", 403)]
    [InlineData("Sec-Fetch-Site: same-site", 403)] // another server on localhost is the same site
    [InlineData("Sec-Fetch-Site: same-origin", 200)]
    [InlineData("Sec-Fetch-Site: none", 200)]
    [InlineData("Origin: https://evil.example", 403)]
    [InlineData("Origin: null", 403)]
    [InlineData("Origin: http://localhost:{port}", 403)]
    [InlineData("Origin: http://127.0.0.1:{port}", 200)]
    [InlineData("Sec-Fetch-Site: same-origin\r\nOrigin: http://127.0.0.1:{port}", 200)]
    public async Task Requests_another_site_or_origin_made_are_refused(string headers, int expected)
    {
        var port = Host.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (status, body) = await RawGetAsync("/search-index.js", $"127.0.0.1:{port}", headers.Replace("{port}", port, StringComparison.Ordinal) + "\r\n");
        Assert.Equal(expected, status);
        Assert.Equal(expected == 200, body.Contains("HotpassSearchIndex", StringComparison.Ordinal));
        Assert.Contains("\r\nCross-Origin-Resource-Policy: same-origin\r\n", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_response_says_only_its_own_origin_may_read_it()
    {
        var response = await _http.GetAsync(new Uri(Host.Url, "index.html"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("same-origin", string.Join(",", response.Headers.GetValues("Cross-Origin-Resource-Policy")));
        var (status, text) = await RawGetAsync("/index.html", "evil.example");
        Assert.Equal(403, status);
        Assert.Contains("\r\nCross-Origin-Resource-Policy: same-origin\r\n", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css; charset=utf-8")]
    [InlineData("/manifest.json", "application/json; charset=utf-8")]
    [InlineData("/__hotpass-docs/live.js", "text/javascript; charset=utf-8")]
    public async Task Files_are_served_with_their_content_type(string path, string type)
    {
        var response = await _http.GetAsync(new Uri(Host.Url, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_to_it()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        _site.Page("how-to/index.md", "How-to");
        using var events = await OpenEventsAsync();
        await events.WaitForAsync("hello", Wait);
        var response = await http.GetAsync(new Uri(Host.Url, "how-to"));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            await events.WaitForAsync("reload", Wait);
            response = await http.GetAsync(new Uri(Host.Url, "how-to"));
        }
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/how-to/", response.Headers.Location!.OriginalString);
    }

    /// <summary>Waits for reload events until the served site satisfies <paramref name="done"/>.</summary>
    private async Task ReloadUntilAsync(EventStreamReader events, Func<ServedSite, bool> done)
    {
        do await events.WaitForAsync("reload", Wait);
        while (!done(Host.Rebuilder.Current!));
    }

    private async Task<EventStreamReader> OpenEventsAsync()
    {
        var response = await _http.GetAsync(new Uri(Host.Url, "__hotpass-docs/events"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return new EventStreamReader(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>Sends the target byte for byte: HttpClient would normalise the dot segments away before sending.</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string target, string host = "127.0.0.1", string headers = "")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Host.Url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\n{headers}Connection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }
}
