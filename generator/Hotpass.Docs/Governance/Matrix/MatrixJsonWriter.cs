using System.Text.Json;
using Hotpass.Docs.Diagnostics.Formatting;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>Writes <c>matrix.json</c>: the shape documented on content/reference/matrix-format.md.</summary>
public static class MatrixJsonWriter
{
    public static void Write(TextWriter writer, TraceabilityMatrix matrix) => JsonText.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", TraceabilityMatrix.FormatVersion);
        json.WriteStartArray("frameworks");
        foreach (var coverage in matrix.Coverage)
        {
            json.WriteStartObject();
            json.WriteString("id", coverage.Framework.Id);
            json.WriteString("title", coverage.Framework.Title);
            if (coverage.Framework.Version is { } version) json.WriteString("version", version);
            json.WriteNumber("requirements", coverage.Total);
            json.WriteNumber("covered", coverage.Covered.Count);
            json.WriteStartArray("uncovered");
            foreach (var requirement in coverage.Uncovered) json.WriteStringValue(requirement.Id);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in matrix.Rows) WriteRow(json, row);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteRow(Utf8JsonWriter json, MatrixRow row)
    {
        json.WriteStartObject();
        NullableString(json, "framework", row.Requirement?.Framework);
        NullableString(json, "requirement", row.Requirement?.Id);
        NullableString(json, "requirement_title", row.Requirement?.Title);
        NullableString(json, "control", row.Control?.Id);
        NullableString(json, "control_title", row.Control?.Title);
        NullableString(json, "cadence", row.Control?.Cadence?.Name);
        json.WriteStartArray("risks");
        foreach (var risk in row.Risks)
        {
            json.WriteStartObject();
            json.WriteString("id", risk.Id);
            json.WriteString("title", risk.Title);
            if (risk.Rpn is { } rpn) json.WriteNumber("rpn", rpn);
            else json.WriteNull("rpn");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (var evidence in row.Evidence) json.WriteStringValue(evidence);
        json.WriteEndArray();
        json.WriteString("status", MatrixText.Status(row.Status));
        json.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
