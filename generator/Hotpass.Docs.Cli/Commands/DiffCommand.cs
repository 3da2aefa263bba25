using System.CommandLine;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Diff;
using Hotpass.Docs.Load.Config;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs diff</c>: what changed between another build's output and this one's: pages, control
/// status, new diagnostics. Markdown (for a PR comment) or JSON on standard output, and the job summary under Actions.</summary>
public static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var baseline = new Option<string>("--baseline") { Description = "Output folder of the build to compare against (main's, say).", HelpName = "DIR", Required = true };
        var root = new Option<string>("--root") { Description = "Site root, for the default --out.", DefaultValueFactory = _ => ".", HelpName = "DIR" };
        var outDir = new Option<string?>("--out") { Description = "Output folder of the current build (default: the site's output folder).", HelpName = "DIR" };
        var previewUrl = new Option<string?>("--preview-url") { Description = "Where the current build is served; page links start with it (default: relative links).", HelpName = "URL" };
        var format = new Option<string>("--format") { Description = "md (for a pull-request comment) or json.", DefaultValueFactory = _ => "md", HelpName = "md|json" };
        format.AcceptOnlyFromAmong("md", "json");
        OptionChecks.Add(previewUrl, r =>
        {
            if (r.GetValueOrDefault<string?>() is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                r.AddError($"--preview-url '{url}' is not an absolute http or https URL");
        });
        var command = new Command("diff", "Compare this build's output with another build's: pages added, removed and changed, control status, new diagnostics.")
        {
            baseline, root, outDir, previewUrl, format,
        };
        command.SetAction(parse =>
        {
            var current = parse.GetValue(outDir) ?? DefaultOut(parse.GetValue(root)!);
            var before = BuildFolderReader.Read(Path.GetFullPath(parse.GetValue(baseline)!), out var baselineProblem);
            var after = BuildFolderReader.Read(Path.GetFullPath(current), out var currentProblem);
            if (before is null || after is null)
            {
                error.WriteLine($"hotpass-docs diff: {baselineProblem ?? currentProblem}");
                return CommandLineApp.UsageError;
            }
            var diff = BuildComparer.Compare(before, after);
            var markdown = DiffMarkdown.Write(diff, parse.GetValue(previewUrl));
            if (parse.GetValue(format) == "json") DiffJson.Write(output, diff);
            else output.Write(markdown);
            StepSummaryFile.Append(markdown, error);
            return 0;
        });
        return command;
    }

    private static string DefaultOut(string root)
    {
        var full = Path.GetFullPath(root);
        return Path.Combine(full, SiteConfigReader.Read(full, new DiagnosticBag()).OutDir);
    }
}
