using System.CommandLine;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs matrix</c>: prints the traceability matrix without building the site; diagnostics go to
/// standard error, and the exit code is 1 when the load or model stages report errors, 2 on configuration errors.</summary>
public static class MatrixCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var gates = new GateOptions();
        var format = new Option<string>("--format")
        {
            Description = "How the matrix is printed.",
            DefaultValueFactory = _ => "md",
            HelpName = "csv|json|md",
        };
        format.AcceptOnlyFromAmong("csv", "json", "md");
        var command = new Command("matrix", "Print the traceability matrix (framework requirement → control → risks → evidence → status, judged as a build judges it) without writing a site.");
        command.Options.Add(gates.Root);
        command.Options.Add(gates.AsOf);
        command.Options.Add(gates.Commit);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            // The same load and model stages a build runs, so the matrix printed is the one a build publishes.
            var request = new BuildRequest(parse.GetValue(gates.Root)!, AsOf: parse.GetValue(gates.AsOf), Commit: parse.GetValue(gates.Commit), WriteSite: false);
            var run = SitePipeline.CreateDefault().LoadModel(request);
            if (run.Site is { } site)
            {
                switch (parse.GetValue(format))
                {
                    case "csv": MatrixCsvWriter.Write(output, site.Matrix); break;
                    case "json": MatrixJsonWriter.Write(output, site.Matrix); break;
                    default: MatrixMarkdownWriter.Write(output, site.Matrix); break;
                }
            }
            foreach (var problem in run.Diagnostics) error.WriteLine(problem.ToString());
            return run.ExitCode;
        });
        return command;
    }
}
