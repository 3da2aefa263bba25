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
        var command = new Command("build", "Build the site into the output folder; a failed build leaves the previous site intact.");
        gates.AddTo(command);
        command.Options.Add(outDir);
        command.Options.Add(baseUrl);
        command.Options.Add(timings);
        preview.AddTo(command);
        command.SetAction(parse =>
        {
            var outValue = parse.GetValue(outDir);
            var request = new BuildRequest(
                parse.GetValue(gates.Root)!,
                OutDir: outValue is null ? null : Path.GetFullPath(outValue),
                BaseUrl: parse.GetValue(baseUrl),
                AsOf: parse.GetValue(gates.AsOf),
                Commit: parse.GetValue(gates.Commit),
                Strict: parse.GetValue(gates.Strict),
                CheckExternal: parse.GetValue(gates.CheckExternal),
                WriteSite: true,
                Preview: preview.Read(parse));
            return ResultPrinter.RunAndReport(request, parse.GetValue(gates.Format)!, "build", output, error, parse.GetValue(timings));
        });
        return command;
    }
}
