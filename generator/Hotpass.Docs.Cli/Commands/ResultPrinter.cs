using System.Diagnostics;
using System.Globalization;
using Hotpass.Docs.Diagnostics.Formatting;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Cli.Commands;

/// <summary>Runs the pipeline and reports. JSON and SARIF are documents that own standard output, so with them the
/// summary goes to standard error. Text diagnostics go to standard error, as compilers print them, and the summary,
/// the command's result, to standard output; GitHub annotations go to standard output, where Actions reads them.</summary>
public static class ResultPrinter
{
    public static int RunAndReport(BuildRequest request, string format, string verb, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var result = SitePipeline.CreateDefault().Run(request);
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
        summary.WriteLine($"hotpass-docs {verb}: {Outcome(result, request, verb)} ({result.ErrorCount} errors, {result.WarningCount} warnings) in {seconds} s");
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
