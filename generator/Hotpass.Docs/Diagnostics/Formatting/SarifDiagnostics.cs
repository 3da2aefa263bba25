using System.Text.Json;

namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Writes diagnostics as a SARIF 2.1.0 log, so code-scanning tools can show them.</summary>
internal static class SarifDiagnostics
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics) => JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(json, d);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "hotpass-docs");
        json.WriteStartArray("rules");
        foreach (var rule in DiagnosticCodes.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", SarifRuleName.FromTitle(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteString("level", d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        });
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", d.Location.Path);
        json.WriteEndObject();
        if (d.Location.HasPosition)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", d.Location.Line);
            json.WriteNumber("startColumn", d.Location.Column);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
