using System.CommandLine;
using Hotpass.Docs.Cli.Serve;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs serve</c>: builds into memory, serves on 127.0.0.1, rebuilds on every change to the
/// sources and reloads open tabs.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var root = new Option<string>("--root") { Description = "Site root: the folder holding hotpass-docs.yml and content/.", DefaultValueFactory = _ => ".", HelpName = "DIR" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 8000, HelpName = "N" };
        OptionChecks.Add(port, r => { if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port must be between 0 and 65535"); });
        var asOf = new Option<string?>("--as-of") { Description = "Instant freshness and reviews are judged at (as for build).", HelpName = "WHEN" };
        var timings = new Option<bool>("--timings") { Description = "Print each build's stage timings on standard error." };
        var command = new Command("serve", "Build the site into memory, serve it on 127.0.0.1, rebuild on every change and reload open tabs.")
        {
            root, port, asOf, timings,
        };
        command.SetAction(async (parse, cancel) =>
        {
            // Editors save in one burst of events within a millisecond or two (write, or write to a temporary file and
            // rename); 10 ms of quiet covers it, and a change during a rebuild still gets exactly one more rebuild.
            var options = new ServeOptions(parse.GetValue(root)!, parse.GetValue(port), parse.GetValue(asOf), TimeSpan.FromMilliseconds(10), parse.GetValue(timings));
            ServeHost? host;
            try
            {
                host = await ServeHost.StartAsync(options, error).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                error.WriteLine($"hotpass-docs serve: cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
                return CommandLineApp.UsageError;
            }
            if (host is null) return CommandLineApp.UsageError;
            await using (host.ConfigureAwait(false))
            {
                output.WriteLine($"Serving {host.Url} (Ctrl+C to stop)");
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, host.Stopping);
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM.
                }
            }
            return 0;
        });
        return command;
    }
}
