using System.CommandLine;
using Hotpass.Docs.Configuration.Keys;

namespace Hotpass.Docs.Cli.Commands;

/// <summary><c>hotpass-docs schema</c>: prints the JSON Schema of <c>hotpass-docs.yml</c>, generated from the keys the
/// configuration reader knows, for an editor to complete and check against.</summary>
public static class SchemaCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("schema", $"Print the JSON Schema of hotpass-docs.yml (save it as {ConfigSchema.FileName} beside the file; init does).");
        command.SetAction(_ =>
        {
            output.Write(ConfigSchema.Json);
            return 0;
        });
        return command;
    }
}
