using System.CommandLine;
using System.Text;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Governance.Oscal;
using Hotpass.Docs.Model;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs matrix</c>: prints (or with <c>--output</c> writes) the traceability matrix without building
/// the site; diagnostics go to standard error, and the exit code is 1 when the load or model stages report errors, 2 on
/// configuration or usage errors.</summary>
public static class MatrixCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var gates = new GateOptions();
        var format = new Option<string>("--format")
        {
            Description = "How the matrix is printed: csv, json and md as the build's matrix files and page; xlsx a workbook of a sheet per view "
                + "(needs --output); oscal the OSCAL Assessment Results document.",
            DefaultValueFactory = _ => "md",
            HelpName = "csv|json|md|xlsx|oscal",
        };
        format.AcceptOnlyFromAmong("csv", "json", "md", "xlsx", "oscal");
        var file = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("matrix", "Print the traceability matrix (framework requirement → control → risks → evidence → status, judged as a build judges it) without writing a site.");
        command.Options.Add(gates.Root);
        command.Options.Add(gates.AsOf);
        command.Options.Add(gates.Commit);
        command.Options.Add(format);
        command.Options.Add(file);
        OptionChecks.Add(command, r =>
        {
            // A workbook is binary: printed to a terminal it is noise, so it is only ever written to a named file.
            if (r.GetValue(format) == "xlsx" && string.IsNullOrEmpty(r.GetValue(file)))
                r.AddError("--format xlsx writes a binary workbook: name the file with --output FILE.");
        });
        command.SetAction(parse =>
        {
            // The same load and model stages a build runs, so the matrix printed is the one a build publishes.
            var request = new BuildRequest(parse.GetValue(gates.Root)!, AsOf: parse.GetValue(gates.AsOf), Commit: parse.GetValue(gates.Commit), WriteSite: false);
            var run = SitePipeline.CreateDefault().LoadModel(request);
            var exit = run.ExitCode;
            if (run.Site is { } site)
            {
                try
                {
                    Emit(site, parse.GetValue(format)!, parse.GetValue(file), output);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"hotpass-docs matrix: cannot write {parse.GetValue(file)}: {e.Message}");
                    exit = Math.Max(exit, 2);
                }
            }
            foreach (var problem in run.Diagnostics) error.WriteLine(problem.ToString());
            return exit;
        });
        return command;
    }

    private static void Emit(SiteModel site, string format, string? file, TextWriter output)
    {
        if (format == "xlsx")
        {
            File.WriteAllBytes(file!, MatrixXlsxWriter.ToBytes(site));
            return;
        }
        var text = new StringWriter();
        switch (format)
        {
            case "csv": MatrixCsvWriter.Write(text, site.Matrix); break;
            case "json": MatrixJsonWriter.Write(text, site.Matrix); break;
            case "oscal": OscalAssessmentResults.Write(text, site); break;
            default: MatrixMarkdownWriter.Write(text, site.Matrix); break;
        }
        if (string.IsNullOrEmpty(file)) output.Write(text.ToString());
        else File.WriteAllText(file, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
