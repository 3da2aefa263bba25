using System.Net;
using System.Net.Sockets;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>A built site served over http on loopback as any static host serves it: each file as it is, with a content
/// type by its extension, and 404 for anything else.</summary>
public sealed class StaticHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _folder;

    public StaticHttpServer(string folder)
    {
        _folder = Path.GetFullPath(folder);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    public string Url(string outputPath) => BaseUrl + outputPath;

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var path = Path.GetFullPath(Path.Combine(_folder, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'))));
            using var response = context.Response;
            if (!path.StartsWith(_folder, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                continue;
            }
            response.ContentType = Path.GetExtension(path) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".json" => "application/json",
                _ => "application/octet-stream",
            };
            var bytes = await File.ReadAllBytesAsync(path);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
    }

    public void Dispose() => _listener.Close();
}
