using System.CommandLine;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs matrix</c>: prints the traceability matrix without building the site; diagnostics go to
/// standard error, and the exit code is 1 when the governance declarations have errors, 2 on configuration errors.</summary>
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
            var diagnostics = new DiagnosticBag();
            var model = GovernanceStage.Load(parse.GetValue(gates.Root)!, diagnostics, out var config);
            var root = parse.GetValue(gates.Root)!;
            var evidence = EvidenceStage.LoadAndJudge(root, config, model, parse.GetValue(gates.AsOf), parse.GetValue(gates.Commit), diagnostics);
            var matrix = TraceabilityMatrix.Build(model, evidence is null ? null : c => evidence.For(c).Status);
            switch (parse.GetValue(format))
            {
                case "csv": MatrixCsvWriter.Write(output, matrix); break;
                case "json": MatrixJsonWriter.Write(output, matrix); break;
                default: MatrixMarkdownWriter.Write(output, matrix); break;
            }
            var problems = diagnostics.ToSortedList(new SeverityPolicy(config.Severities, Strict: false));
            foreach (var problem in problems) error.WriteLine(problem.ToString());
            return problems.Any(d => d.Severity == Severity.Error && d.Descriptor.ExitClass == ExitClass.Configuration) ? 2
                : problems.Any(d => d.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }
}
