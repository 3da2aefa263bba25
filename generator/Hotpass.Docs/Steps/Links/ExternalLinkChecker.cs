using System.Net;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Render;

namespace Hotpass.Docs.Steps.Links;

/// <summary><c>--check-external</c>: fetches each external URL once (HEAD, then GET when a server refuses HEAD), with a
/// per-request timeout and a limit on concurrent requests, reusing results younger than a day from the cache.
/// A failure is reported at the first markdown line (or template) that links to it.</summary>
internal sealed class ExternalLinkChecker : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = [];

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int MaxConcurrency { get; init; } = 8;

    public void Run(RenderContext context)
    {
        if (!context.CheckExternal) return;
        var origins = FirstOrigins(context);
        var cache = ExternalLinkCache.Load(context.Root);
        var now = context.Clock.GetUtcNow();
        var toFetch = origins.Keys.Where(u => cache.Fresh(u, now) is null).ToList();

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5 }) { Timeout = Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("hotpass-docs-linkcheck/1");
        var results = new Dictionary<string, string?>(StringComparer.Ordinal);
        Parallel.ForEachAsync(toFetch, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency }, async (url, token) =>
        {
            var error = await Fetch(client, url, token).ConfigureAwait(false);
            lock (results) results[url] = error;
        }).GetAwaiter().GetResult();

        foreach (var (url, error) in results) cache.Set(url, new ExternalLinkCache.Entry(now, error));
        try
        {
            cache.Save(context.Root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a build that cannot keep it still checked every link.
        }
        foreach (var (url, at) in origins)
        {
            if (cache.Fresh(url, now)?.Error is { } error) context.Diagnostics.Report(DiagnosticCodes.ExternalLinkFailed, at, url, error);
        }
    }

    private static SortedDictionary<string, SourceLocation> FirstOrigins(RenderContext context)
    {
        var origins = new SortedDictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var file in context.Output.Files)
        {
            if (file.Html is null) continue;
            foreach (var link in file.Html.Links)
            {
                var url = link.Href.Trim();
                if (!ExternalLinks.IsExternal(url)) continue;
                if (url.StartsWith("//", StringComparison.Ordinal)) url = "https:" + url;
                var hash = url.IndexOf('#', StringComparison.Ordinal);
                if (hash >= 0) url = url[..hash];
                if (!origins.TryGetValue(url, out var known) || SourceLocation.Order.Compare(link.Origin, known) < 0) origins[url] = link.Origin;
            }
        }
        return origins;
    }

    private static async Task<string?> Fetch(HttpClient client, string url, CancellationToken token)
    {
        try
        {
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            if (head.IsSuccessStatusCode) return null;
            if (head.StatusCode is not (HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented or HttpStatusCode.Forbidden))
                return Status(head.StatusCode);
            using var get = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            return get.IsSuccessStatusCode ? null : Status(get.StatusCode);
        }
        catch (TaskCanceledException)
        {
            return "no answer within the timeout";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
        catch (UriFormatException e)
        {
            return e.Message;
        }
    }

    private static string Status(HttpStatusCode code) => $"HTTP {(int)code} {code}";
}
