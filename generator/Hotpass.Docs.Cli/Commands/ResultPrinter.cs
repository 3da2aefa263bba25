using System.Diagnostics;
using System.Globalization;
using Hotpass.Docs.Diagnostics.Formatting;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Cli.Commands;

/// <summary>Runs the pipeline and reports: diagnostics on standard output in the chosen format, a summary on standard error.</summary>
public static class ResultPrinter
{
    /// <param name="run">The build to run; the default pipeline unless a test stands in its own.</param>
    public static int RunAndReport(BuildRequest request, string format, string verb, bool verbose, TextWriter output, TextWriter error,
        Func<BuildRequest, BuildResult>? run = null)
    {
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = (run ?? SitePipeline.CreateDefault().Run)(request);
        }
#pragma warning disable CA1031 // the one place every unexpected exception is caught: it becomes exit code 3, not a crash
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"hotpass-docs {verb}: internal error while {BuildStepException.Describe(e)}");
            error.WriteLine(verbose ? e.ToString() : "Run again with --verbose for the stack trace; please report it as a bug.");
            return CommandLineApp.InternalError;
        }
        var chosen = format switch
        {
            "github" => DiagnosticFormat.GitHub,
            "json" => DiagnosticFormat.Json,
            "sarif" => DiagnosticFormat.Sarif,
            _ => DiagnosticFormat.Text,
        };
        DiagnosticWriter.Write(output, result.Diagnostics, chosen);
        // Under GitHub Actions, plain text also gets annotations so problems show on the pull request.
        if (chosen == DiagnosticFormat.Text && Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
            DiagnosticWriter.Write(output, result.Diagnostics, DiagnosticFormat.GitHub);

        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outcome = result.ExitCode switch
        {
            0 when result.OutDir is not null => $"{result.PageCount} pages, {result.OutputCount} files written to {result.OutDir}",
            0 => $"{result.PageCount} pages checked",
            1 => $"{verb} failed; " + (request.WriteSite ? "the previous site was left as it was" : "no site is written by check"),
            _ => $"{verb} stopped: configuration error",
        };
        error.WriteLine($"hotpass-docs {verb}: {outcome} ({result.ErrorCount} errors, {result.WarningCount} warnings) in {seconds} s");
        return result.ExitCode;
    }
}
