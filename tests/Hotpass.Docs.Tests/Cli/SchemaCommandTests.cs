using System.Text.Json;
using Hotpass.Docs.Configuration.Keys;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Cli;

/// <summary><c>hotpass-docs schema</c> prints the schema the tool was built with, as a JSON document alone on standard output.</summary>
public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_generated_schema_and_nothing_else()
    {
        var (exit, output, error) = CliRunner.Run("schema");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(ConfigSchema.Json, output);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("object", document.RootElement.GetProperty("type").GetString());
        Assert.True(document.RootElement.GetProperty("properties").TryGetProperty("evidence", out _));
    }
}
