using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>Answers requests from the current in-memory snapshot: pages (with the reload script added), assets,
/// the reload script and the event stream. Each request reads the snapshot once, so it sees exactly one build.</summary>
public sealed class ServeRequestHandler(SiteRebuilder rebuilder, ServeEvents events, CancellationToken stopping)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] Script = Encoding.UTF8.GetBytes(LiveReloadScript.Source);

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        // A browser then refuses any of these responses to a page of another origin, whatever the request was.
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        if (!IsLoopbackHost(context.Request.Host.Host))
        {
            // DNS rebinding: a web page that points its own name at 127.0.0.1 must not read the local site.
            await SendAsync(context, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8", "Forbidden: serve answers only to 127.0.0.1 and localhost.\n"u8.ToArray()).ConfigureAwait(false);
            return;
        }
        if (CrossSiteRequests.Refusal(context.Request) is { } why)
        {
            // A web page the author visits must not read the draft site (search-index.js, pages) through no-cors requests.
            await SendAsync(context, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Forbidden: {why}; serve answers only its own pages.\n")).ConfigureAwait(false);
            return;
        }
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var pathOnly = raw.Split('?', 2)[0];
        if (pathOnly == LiveReloadScript.EventsPath)
        {
            await StreamEventsAsync(context).ConfigureAwait(false);
            return;
        }
        if (pathOnly == LiveReloadScript.ScriptPath)
        {
            await SendAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Script).ConfigureAwait(false);
            return;
        }
        var outputPath = RequestPathResolver.Resolve(raw);
        if (outputPath is null)
        {
            await SendAsync(context, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8", "Forbidden: the path leaves the site.\n"u8.ToArray()).ConfigureAwait(false);
            return;
        }
        var site = rebuilder.Current;
        if (site is null)
        {
            var page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"en\"><title>No site yet</title><body><p>The site has not built yet: fix the errors shown and it reloads.</p></body></html>");
            await SendAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", LiveReloadScript.Inject(page, 0)).ConfigureAwait(false);
            return;
        }
        if (site.Files.TryGetValue(outputPath, out var bytes))
        {
            await SendFileAsync(context, StatusCodes.Status200OK, outputPath, bytes, site.Generation).ConfigureAwait(false);
            return;
        }
        if (site.Files.ContainsKey(outputPath + "/index.html"))
        {
            // A folder asked for without its slash: relative links on its index only resolve under the slash.
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = pathOnly + "/";
            return;
        }
        if (site.Files.TryGetValue("404.html", out var notFound))
            await SendFileAsync(context, StatusCodes.Status404NotFound, "404.html", notFound, site.Generation).ConfigureAwait(false);
        else
            await SendAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found.\n"u8.ToArray()).ConfigureAwait(false);
    }

    private static bool IsLoopbackHost(string host) =>
        host is "127.0.0.1" || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase);

    private static Task SendFileAsync(HttpContext context, int status, string outputPath, byte[] bytes, int generation)
    {
        var type = ContentType(outputPath);
        var body = type.StartsWith("text/html", StringComparison.Ordinal) ? LiveReloadScript.Inject(bytes, generation) : bytes;
        return SendAsync(context, status, type, body);
    }

    /// <summary>The content type of an output path; text types are UTF-8, as the build writes them.</summary>
    public static string ContentType(string outputPath)
    {
        if (!ContentTypes.TryGetContentType(outputPath, out var type)) return "application/octet-stream";
        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript" or "image/svg+xml" or "application/xml";
        return isText ? type + "; charset=utf-8" : type;
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        // Subscribe before saying hello, so a rebuild between the two is not missed.
        var channel = events.Subscribe();
        try
        {
            var last = rebuilder.Last;
            var generation = rebuilder.Current?.Generation ?? 0;
            await WriteEventAsync(response, LiveEventText.Hello(generation), ended.Token).ConfigureAwait(false);
            if (last is { Succeeded: false })
                await WriteEventAsync(response, LiveEventText.Errors(generation, last.Diagnostics), ended.Token).ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(ended.Token).ConfigureAwait(false))
                await WriteEventAsync(response, message, ended.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
        finally
        {
            events.Unsubscribe(channel);
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, string message, CancellationToken token)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), token).ConfigureAwait(false);
        await response.Body.FlushAsync(token).ConfigureAwait(false);
    }
}
