using System.Net;
using System.Net.Sockets;
using System.Text;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Check.Links;

/// <summary><c>--check-external</c> against a server on 127.0.0.1 only: each URL fetched once, failures reported at
/// the first line using them, results cached between builds; without the option nothing is fetched.</summary>
public sealed class ExternalLinkCheckTests
{
    [Fact]
    public void External_links_are_fetched_once_only_when_asked_and_cached()
    {
        using var server = new TinyHttpServer();
        using var site = new TempSite();
        site.Page("how-to/a.md", "A", $"[ok]({server.Url}ok) and [gone]({server.Url}gone).\n", "type: how-to\n")
            .Page("how-to/b.md", "B", $"[ok again]({server.Url}ok#part)\n\n[gone]({server.Url}gone)\n", "type: how-to\n");

        var plain = site.Build(write: false);
        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, server.Requests);

        var request = new BuildRequest(site.Root, AsOf: "2025-11-23T00:00:00Z", WriteSite: false, CheckExternal: true);
        var first = SitePipeline.CreateDefault().Run(request);
        var column = $"[ok]({server.Url}ok) and ".Length + 1;
        Assert.Equal(
            $"content/how-to/a.md(5,{column}): warning HPD206: External link '{server.Url}gone' failed: HTTP 404 NotFound",
            TempSite.Lines(first.Diagnostics));
        Assert.Equal(2, server.Requests);
        Assert.True(File.Exists(Path.Combine(site.Root, ".hotpass-docs", "external-cache.json")));

        var second = SitePipeline.CreateDefault().Run(request);
        Assert.Equal(TempSite.Lines(first.Diagnostics), TempSite.Lines(second.Diagnostics));
        Assert.Equal(2, server.Requests);
    }

    /// <summary>Answers HEAD and GET on 127.0.0.1: 200 for /ok, 404 for anything else; counts requests.</summary>
    private sealed class TinyHttpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private int _requests;

        public TinyHttpServer()
        {
            _listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
            _ = Task.Run(Serve);
        }

        public string Url { get; }

        public int Requests => Volatile.Read(ref _requests);

        private async Task Serve()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
                catch (OperationCanceledException) { return; }
                catch (ObjectDisposedException) { return; }
                _ = Task.Run(() => Answer(client));
            }
        }

        private async Task Answer(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII);
                var requestLine = await reader.ReadLineAsync() ?? "";
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync())) { }
                Interlocked.Increment(ref _requests);
                var path = requestLine.Split(' ').ElementAtOrDefault(1) ?? "";
                var status = path == "/ok" ? "200 OK" : "404 Not Found";
                var response = $"HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
