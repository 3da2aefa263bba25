using System.CommandLine;
using System.CommandLine.Help;

namespace Hotpass.Docs.Cli.Commands;

/// <summary>The <c>hotpass-docs</c> command line: parses arguments, runs a command, and maps the outcome to the contract's exit codes.</summary>
public static class CommandLineApp
{
    /// <summary>Exit code for a usage or configuration error.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for a bug in the tool (an unhandled exception), so a crash never reads as a failed gate (1).</summary>
    public const int InternalError = 3;

    /// <summary>Reports a usage error the way parse errors are reported, and returns its exit code.</summary>
    public static int Usage(TextWriter error, string problem)
    {
        error.WriteLine($"hotpass-docs: {problem}");
        error.WriteLine("Run 'hotpass-docs --help' for usage.");
        return UsageError;
    }

    /// <summary>The root command is named for the tool, not the host process, so help reads the same under
    /// <c>dotnet hotpass-docs.dll</c>, the installed tool and the test runner.</summary>
    public static Command CreateRootCommand(TextWriter output, TextWriter error)
    {
        var root = new Command("hotpass-docs", "Hotpass.Docs: builds a documentation-and-evidence site from Diátaxis markdown and fails on broken gates.");
        root.Options.Add(new HelpOption { Recursive = true });
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(InitCommand.Create(output, error));
        root.Subcommands.Add(BuildCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(EvidenceCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(DiffCommand.Create(output, error));
        root.Subcommands.Add(MatrixCommand.Create(output, error));
        root.Subcommands.Add(VerifyCommand.Create(output, error));
        root.Subcommands.Add(ReviewCommand.Create(output, error));
        root.Subcommands.Add(SchemaCommand.Create(output));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(CreateRootCommand(output, error), args, output, error);

    /// <summary>The one exit-code boundary around every command: a parse or usage problem is exit 2 with one line per
    /// problem; an exception that escapes a command (a bug) is exit 3 with one line, never a stack trace and never 1,
    /// which means a failed gate. Out of memory is left to the runtime, since printing could need memory too.</summary>
    internal static int Run(Command root, string[] args, TextWriter output, TextWriter error)
    {
        var verb = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "";
        try
        {
            var parse = root.Parse(args);
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
            {
                foreach (var problem in parse.Errors) error.WriteLine($"hotpass-docs: {problem.Message}");
                error.WriteLine("Run 'hotpass-docs --help' for usage.");
                return UsageError;
            }
            return parse.Invoke(configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var command = root.Subcommands.Any(c => c.Name == verb) ? "hotpass-docs " + verb : "hotpass-docs";
            error.WriteLine($"{command}: internal error: {e.GetType().Name}: {OneLine(e.Message)} (please report it as a bug)");
            return InternalError;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
