namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Writes diagnostics as a JSON array of flat objects, for scripts.</summary>
public static class JsonDiagnostics
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics) => JsonText.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", Diagnostic.SeverityName(d.Severity));
                json.WriteString("file", d.Location.Path);
                if (d.Location.HasPosition)
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
            json.WriteEndArray();
        });
}
