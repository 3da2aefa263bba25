namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Writes diagnostics as a JSON array of flat objects, for scripts.</summary>
internal static class JsonDiagnostics
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics) => JsonText.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var d in diagnostics) DiagnosticJson.Write(json, d);
            json.WriteEndArray();
        });
}
