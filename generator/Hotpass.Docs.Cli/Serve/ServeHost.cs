using System.Globalization;
using System.Net;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>A running <c>serve</c>: the first build, the loopback server, the watcher and the debounced rebuilds,
/// all with one frozen pipeline. Disposing stops all of it.</summary>
public sealed class ServeHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SourceWatcher _watcher;
    private readonly ChangeDebouncer _debouncer;
    private readonly CancellationTokenSource _stopping;

    private ServeHost(WebApplication app, SiteRebuilder rebuilder, ServeEvents events, SourceWatcher watcher, ChangeDebouncer debouncer, CancellationTokenSource stopping, Uri url)
    {
        _app = app;
        Events = events;
        Rebuilder = rebuilder;
        _watcher = watcher;
        _debouncer = debouncer;
        _stopping = stopping;
        Url = url;
    }

    /// <summary>Where the site is served, such as <c>http://127.0.0.1:5173/</c>.</summary>
    public Uri Url { get; }

    public SiteRebuilder Rebuilder { get; }

    /// <summary>The folders watched now: those the configuration names that exist.</summary>
    public IReadOnlyCollection<string> Watched => _watcher.Watched;

    /// <summary>The open event streams (one per tab).</summary>
    public ServeEvents Events { get; }

    /// <summary>Cancelled when the process is asked to stop (SIGINT, SIGTERM): the web host takes those signals for
    /// itself, so the command waits on this as well as on its own token.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Builds the site, then serves it; null (after printing why) when the first build stopped on a
    /// configuration error, which no edit to a page can fix while serving.</summary>
    public static async Task<ServeHost?> StartAsync(ServeOptions options, TextWriter log)
    {
        var root = Path.GetFullPath(options.Root);
        var events = new ServeEvents();
        var rebuilder = new SiteRebuilder(SitePipeline.CreateDefault(), new BuildRequest(root, AsOf: options.AsOf), events, options.Timings);
        var first = rebuilder.Rebuild();
        Report(first, log);
        if (first.ExitCode == 2) return null;

        var stopping = new CancellationTokenSource();
        var handler = new ServeRequestHandler(rebuilder, events, stopping.Token);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // Loopback only: a preview of unpublished docs is for the author's machine, never the network.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var debouncer = new ChangeDebouncer(options.Quiet, () => RebuildAndReport(rebuilder, log));
        // The configuration read as a build reads it, so serve watches what a build reads.
        var watcher = new SourceWatcher(root, () => SiteConfigReader.Read(root, new DiagnosticBag()), SiteConfig.FileName, debouncer.Signal);
        return new ServeHost(app, rebuilder, events, watcher, debouncer, stopping, new Uri(address.TrimEnd('/') + "/"));
    }

    private static void RebuildAndReport(SiteRebuilder rebuilder, TextWriter log)
    {
        try
        {
            Report(rebuilder.Rebuild(), log);
        }
        catch (Exception e)
        {
            // A bug in one rebuild must not stop serving: the last good site stays, and the next edit tries again.
            lock (log) log.WriteLine($"hotpass-docs serve: internal error in a rebuild: {e}");
        }
    }

    private static void Report(BuildOutcome outcome, TextWriter log)
    {
        var ms = outcome.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        lock (log)
        {
            if (outcome.Timings is { } timings) log.Write(timings.Format());
            if (outcome.Succeeded)
            {
                var rendered = outcome.RenderedPages is var (count, pages) ? $" (rendered {count} of {pages} pages)" : "";
                log.WriteLine($"hotpass-docs serve: built generation {outcome.Generation} in {ms} ms{rendered}");
                return;
            }
            foreach (var d in outcome.Diagnostics.Where(d => d.Severity == Severity.Error)) log.WriteLine(d.ToString());
            log.WriteLine(outcome.Generation == 0
                ? $"hotpass-docs serve: build failed in {ms} ms; nothing to serve until the errors are fixed"
                : $"hotpass-docs serve: rebuild failed in {ms} ms; still serving generation {outcome.Generation}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        _debouncer.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
