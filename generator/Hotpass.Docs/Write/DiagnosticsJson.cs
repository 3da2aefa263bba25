using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Diagnostics.Formatting;

namespace Hotpass.Docs.Write;

/// <summary>Writes <c>diagnostics.json</c> into a built site: what the build reported (warnings and notes, as a built
/// site has no errors), so <c>diff</c> can tell which problems are new since another build.</summary>
internal static class DiagnosticsJson
{
    public const string FileName = "diagnostics.json";

    /// <summary>Bumped when the shape changes.</summary>
    public const int Version = 1;

    public static string Text(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var text = new StringWriter();
        text.NewLine = "\n";
        JsonText.Write(text, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics) DiagnosticJson.Write(json, d, "path", positionless: false);
            json.WriteEndArray();
            json.WriteEndObject();
        });
        return text.ToString();
    }
}
