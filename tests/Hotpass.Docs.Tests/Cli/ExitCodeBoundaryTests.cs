using System.CommandLine;
using Hotpass.Docs.Cli.Commands;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Cli;

/// <summary>One exit-code boundary around every command: text that does not convert is a usage error (exit 2, one
/// line, no stack), an exception escaping any command is an internal error (exit 3, one line), never exit 1 (a failed
/// gate) or an abort.</summary>
public sealed class ExitCodeBoundaryTests
{
    [Theory]
    [InlineData("serve", "--port", "abc")]
    [InlineData("serve", "--port", "99999999999")]
    [InlineData("build", "--preview-pr", "")]
    [InlineData("build", "--preview-pr", "x", "--preview-commit", "abcdef1")]
    [InlineData("check", "--strict", "maybe")]
    public void Text_that_does_not_convert_is_a_usage_error(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Contains("Run 'hotpass-docs --help' for usage.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_exception_escaping_a_command_is_exit_three_with_one_line(bool async)
    {
        var root = new Command("hotpass-docs");
        var broken = new Command("evidence");
        if (async) broken.SetAction((_, _) => Task.FromException<int>(new InvalidDataException("the reader broke\nat line 2")));
        else broken.SetAction(new Func<ParseResult, int>(_ => throw new InvalidDataException("the reader broke\nat line 2")));
        root.Subcommands.Add(broken);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CommandLineApp.Run(root, ["evidence"], output, error);

        Assert.Equal(3, exit);
        Assert.Equal("hotpass-docs evidence: internal error: InvalidDataException: the reader broke at line 2 (please report it as a bug)\n",
            error.ToString().ReplaceLineEndings("\n"));
    }
}
