using System.CommandLine;
using System.CommandLine.Parsing;

namespace Hotpass.Docs.Cli.Commands;

/// <summary>Adds validators that read option values safely. System.CommandLine runs validators even when an option's
/// text did not convert (<c>--port abc</c>), and reading the value then throws; the parser has already recorded
/// that conversion error, which the command line reports as a usage error (exit 2), so the check has nothing to add.</summary>
internal static class OptionChecks
{
    public static void Add(Option option, Action<OptionResult> check) => option.Validators.Add(r =>
    {
        try
        {
            check(r);
        }
        catch (InvalidOperationException)
        {
            // the value did not convert: reported by the parser itself
        }
    });

    public static void Add(Command command, Action<CommandResult> check) => command.Validators.Add(r =>
    {
        try
        {
            check(r);
        }
        catch (InvalidOperationException)
        {
            // an option's value did not convert: reported by the parser itself
        }
    });
}
