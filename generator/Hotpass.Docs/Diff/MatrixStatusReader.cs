using System.Text.Json;

namespace Hotpass.Docs.Diff;

/// <summary>Reads each control's status from a build's <c>matrix.json</c>, in the shape <c>MatrixJsonWriter</c> writes and
/// content/reference/matrix-format.md documents: <c>{ "version": 1, "rows": [ { "control": "ID", "status": "...", ... } ] }</c>.
/// A control answers several requirements, so it has several rows; they carry one status, judged once in the model.
/// Rows without a control (a requirement nobody answers) are skipped, a missing status reads as "unknown", and unknown
/// fields are ignored, so the matrix can grow without breaking diff.</summary>
internal static class MatrixStatusReader
{
    public const string FileName = "matrix.json";

    /// <summary>Status by control id; null with <paramref name="problem"/> set when the file is not a matrix.</summary>
    public static Dictionary<string, string>? Read(string path, out string? problem)
    {
        problem = null;
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("rows", out var rows) || rows.ValueKind != JsonValueKind.Array)
            {
                problem = "has no 'rows' array";
                return null;
            }
            var status = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in rows.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("control", out var control)) continue;
                if (control.ValueKind != JsonValueKind.String || control.GetString() is not { Length: > 0 } key) continue;
                status[key] = row.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "unknown";
            }
            return status;
        }
        catch (JsonException e)
        {
            problem = "is not valid JSON: " + e.Message;
            return null;
        }
    }
}
