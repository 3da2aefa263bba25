using System.CommandLine;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs build</c>: runs every gate and, when none fails, replaces the output site.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var gates = new GateOptions();
        var preview = new PreviewOptions();
        var outDir = new Option<string?>("--out") { Description = "Output folder (default: out in hotpass-docs.yml, else _site).", HelpName = "DIR" };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Where the site is published (such as https://docs.example.org/hotpass/), used for sitemap.xml and 404.html; links between pages stay relative.",
            HelpName = "PATH",
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "Print the wall time of each pipeline stage to standard error (the site is unaffected).",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the output folder even if hotpass-docs did not make it (it has no manifest.json of ours). Never the sources.",
        };
        var command = new Command("build", "Build the site into the output folder; a failed build leaves the previous site intact.");
        gates.AddTo(command);
        command.Options.Add(outDir);
        command.Options.Add(baseUrl);
        command.Options.Add(timings);
        preview.AddTo(command);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var outValue = parse.GetValue(outDir);
            if (outValue is not null && (outValue.Length == 0 || outValue.Contains('\0', StringComparison.Ordinal)))
                return CommandLineApp.Usage(error, "--out must name a folder");
            if (GateOptions.RootProblem(parse.GetValue(gates.Root)) is { } problem) return CommandLineApp.Usage(error, problem);
            var request = new BuildRequest(
                parse.GetValue(gates.Root)!,
                OutDir: outValue is null ? null : Path.GetFullPath(outValue),
                BaseUrl: parse.GetValue(baseUrl),
                AsOf: parse.GetValue(gates.AsOf),
                Commit: parse.GetValue(gates.Commit),
                Strict: parse.GetValue(gates.Strict),
                CheckExternal: parse.GetValue(gates.CheckExternal),
                WriteSite: true,
                Preview: preview.Read(parse),
                Force: parse.GetValue(force));
            return ResultPrinter.RunAndReport(request, parse.GetValue(gates.Format)!, "build", parse.GetValue(gates.Verbose), output, error,
                printTimings: parse.GetValue(timings));
        });
        return command;
    }
}
