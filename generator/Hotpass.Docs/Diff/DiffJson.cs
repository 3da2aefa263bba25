using System.Text.Json;
using Hotpass.Docs.Diagnostics.Formatting;

namespace Hotpass.Docs.Diff;

/// <summary>Writes a <see cref="BuildDiff"/> as JSON, for scripts.</summary>
public static class DiffJson
{
    public const int Version = 1;

    public static void Write(TextWriter writer, BuildDiff diff) => JsonText.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteStartObject("pages");
        Strings(json, "added", diff.PagesAdded);
        Strings(json, "removed", diff.PagesRemoved);
        Strings(json, "changed", diff.PagesChanged);
        json.WriteEndObject();
        json.WriteNumber("otherFilesChanged", diff.OtherFilesChanged);
        json.WriteBoolean("controlsCompared", diff.ControlsCompared);
        json.WriteStartArray("controls");
        foreach (var c in diff.ControlChanges)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Control);
            json.WriteString("before", c.Before);
            json.WriteString("after", c.After);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("newDiagnostics");
        foreach (var d in diff.NewDiagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", d.Code);
            json.WriteString("severity", d.Severity);
            json.WriteString("path", d.Path);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("resolvedDiagnostics", diff.ResolvedDiagnostics);
        json.WriteEndObject();
    });

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
