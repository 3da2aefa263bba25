using System.Text.Json;

namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>One diagnostic as a flat JSON object (code, severity, file, line, column, message): the shape
/// <c>--format json</c>, <c>diagnostics.json</c> and <c>serve</c>'s error overlay all use.</summary>
public static class DiagnosticJson
{
    /// <param name="fileProperty">The name of the file member (<c>file</c> for scripts, <c>path</c> in a built site).</param>
    /// <param name="positionless">What a location with no line writes: nulls (for scripts) or zeros (for readers
    /// that expect numbers).</param>
    public static void Write(Utf8JsonWriter json, Diagnostic d, string fileProperty = "file", bool positionless = true)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("severity", Diagnostic.SeverityName(d.Severity));
        json.WriteString(fileProperty, d.Location.Path);
        if (d.Location.HasPosition || !positionless)
        {
            json.WriteNumber("line", d.Location.Line);
            json.WriteNumber("column", d.Location.Column);
        }
        else
        {
            json.WriteNull("line");
            json.WriteNull("column");
        }
        json.WriteString("message", d.Message);
        json.WriteEndObject();
    }
}
