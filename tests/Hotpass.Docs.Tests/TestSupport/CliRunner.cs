using Hotpass.Docs.Cli.Commands;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>Runs the command line as a user would, capturing what it prints to standard output and standard error.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLineApp.Run(args, output, error);
        return (exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }
}
