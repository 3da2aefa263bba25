using System.Diagnostics;
using System.Globalization;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Diagnostics.Formatting;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Cli.Commands;

/// <summary>Runs the pipeline and reports. JSON and SARIF are documents that own standard output, so with them the
/// summary goes to standard error. Text diagnostics go to standard error, as compilers print them, and the summary,
/// the command's result, to standard output; GitHub annotations go to standard output, where Actions reads them.</summary>
public static class ResultPrinter
{
    /// <param name="printTimings">Also print how long each pipeline stage took, after the summary.</param>
    /// <param name="run">The build to run; the default pipeline unless a test stands in its own.</param>
    public static int RunAndReport(BuildRequest request, string format, string verb, bool verbose, TextWriter output, TextWriter error,
        Func<BuildRequest, StageTimings?, BuildResult>? run = null, bool printTimings = false)
    {
        var clock = Stopwatch.StartNew();
        var timings = printTimings ? new StageTimings() : null;
        BuildResult result;
        try
        {
            result = run is null ? SitePipeline.CreateDefault().Run(request, timings: timings) : run(request, timings);
        }
        // The one place an unexpected exception is caught: it becomes exit code 3 with a message, not a stack dump.
        // Out of memory is left to the runtime, since printing the message could need memory too.
        catch (Exception e) when (e is not OutOfMemoryException)
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
        DiagnosticWriter.Write(chosen == DiagnosticFormat.Text ? error : output, result.Diagnostics, chosen);
        // Under GitHub Actions, plain text also gets annotations so problems show on the pull request.
        if (chosen == DiagnosticFormat.Text && Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
            DiagnosticWriter.Write(output, result.Diagnostics, DiagnosticFormat.GitHub);

        var summary = chosen is DiagnosticFormat.Json or DiagnosticFormat.Sarif ? error : output;
        if (result.OutDir is not null)
            foreach (var note in result.Notes) summary.WriteLine($"hotpass-docs {verb}: info: {note}");
        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        StepSummaryFile.Append(GateSummary.Write(verb, result.ExitCode, result.Diagnostics, SourceLinks.FromEnvironment(Environment.GetEnvironmentVariable)), error);
        summary.WriteLine($"hotpass-docs {verb}: {Outcome(result, request, verb)} ({result.ErrorCount} errors, {result.WarningCount} warnings) in {seconds} s");
        if (timings is not null) error.Write(timings.Format());
        return result.ExitCode;
    }

    private static string Outcome(BuildResult result, BuildRequest request, string verb)
    {
        var kept = !request.WriteSite ? "no site is written by check"
            : result.HadPreviousSite ? "the previous site was left as it was"
            : "no site was written";
        return result.ExitCode switch
        {
            0 when result.OutDir is not null => $"{result.PageCount} pages, {result.OutputCount} files written to {result.OutDir}",
            0 => $"{result.PageCount} pages checked",
            1 => $"{verb} failed; {kept}",
            _ => $"{verb} stopped: configuration error; {kept}",
        };
    }
}
