using System.CommandLine;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs check</c>: the same gates as build, writing no site.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var gates = new GateOptions();
        var command = new Command("check", "Run every gate of a build without writing the site.");
        gates.AddTo(command);
        command.SetAction(parse =>
        {
            if (GateOptions.RootProblem(parse.GetValue(gates.Root)) is { } problem) return CommandLineApp.Usage(error, problem);
            var request = new BuildRequest(
                parse.GetValue(gates.Root)!,
                AsOf: parse.GetValue(gates.AsOf),
                Commit: parse.GetValue(gates.Commit),
                Strict: parse.GetValue(gates.Strict),
                CheckExternal: parse.GetValue(gates.CheckExternal),
                WriteSite: false);
            return ResultPrinter.RunAndReport(request, parse.GetValue(gates.Format)!, "check", parse.GetValue(gates.Verbose), output, error);
        });
        return command;
    }
}
