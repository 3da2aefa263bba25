using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Diagnostics.Formatting;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>The server-sent events the reload script understands: <c>reload</c> (a new site is being served) and
/// <c>errors</c> (the last rebuild failed; the data carries its diagnostics for the overlay).</summary>
public static class LiveEventText
{
    public static string Reload(int generation) => $"event: reload\ndata: {{\"generation\":{generation}}}\n\n";

    /// <summary>The errors of a failed rebuild (warnings too when there are no errors, so the overlay says why).</summary>
    public static string Errors(int servedGeneration, IReadOnlyList<Diagnostic> diagnostics)
    {
        var shown = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (shown.Count == 0) shown = [.. diagnostics];
        using var stream = new MemoryStream();
        // The data line must stay one line; the default encoder escapes '<' too, so nothing reads as markup.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteNumber("generation", servedGeneration);
            json.WriteStartArray("diagnostics");
            foreach (var d in shown) DiagnosticJson.Write(json, d, "path", positionless: false);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return "event: errors\ndata: " + Encoding.UTF8.GetString(stream.ToArray()) + "\n\n";
    }

    /// <summary>Sent first on every connection, so a tab that missed a reload while disconnected catches up.</summary>
    public static string Hello(int generation) => $"event: hello\ndata: {{\"generation\":{generation}}}\n\n";
}
