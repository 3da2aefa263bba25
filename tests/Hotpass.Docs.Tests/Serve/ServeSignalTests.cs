using System.Diagnostics;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Serve;

/// <summary><c>serve</c> as a process stops when asked to: the web host takes SIGTERM and SIGINT for itself, and the
/// command must stop with it rather than keep waiting (a benchmark or a supervisor that terminates it would hang).</summary>
public sealed class ServeSignalTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_exits_on_a_termination_signal(string signal)
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = new TempSite();
        site.Page("index.md", "Home");
        var start = new ProcessStartInfo("dotnet", [RepoPaths.CliAssembly, "serve", "--port", "0", "--root", site.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var serve = Process.Start(start)!;
        try
        {
            using var started = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? line;
            while ((line = await serve.StandardOutput.ReadLineAsync(started.Token)) is not null && !line.StartsWith("Serving ", StringComparison.Ordinal))
            {
            }
            Assert.NotNull(line);
            using (var kill = Process.Start("kill", ["-" + signal, serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await serve.WaitForExitAsync(stopped.Token);
            Assert.Equal(0, serve.ExitCode);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }
}
