using System.Text.Json;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>One forward pass over a JSON file with <see cref="Utf8JsonReader"/>: it validates the text (so a cut-off
/// file is reported where it breaks) and records the top-level keys, without building a document.</summary>
/// <remarks>A CycloneDX BOM is recognised by its first key, and its streaming reader validates every byte again, so
/// the scan stops there: a 50 MB SBOM is then walked once, not twice.</remarks>
internal static class JsonScan
{
    public static JsonReaderOptions Options { get; } = new()
    {
        MaxDepth = EvidenceLimits.MaxJsonDepth,
        AllowMultipleValues = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static JsonShape? Shape(EvidenceInput input, DiagnosticBag diagnostics)
    {
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(Utf8Body(input.Bytes.Span), Options);
        var values = 0;
        var firstEnd = 0;
        var isObject = false;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth != 0) continue;
                if (values == 0) isObject = reader.TokenType == JsonTokenType.StartObject;
                values++;
                if (reader.TokenType is JsonTokenType.StartObject && values == 1)
                {
                    if (!ReadTopLevel(ref reader, keys)) return new JsonShape(keys, 1, 0, true);
                }
                else reader.Skip();
                if (values == 1) firstEnd = (int)reader.BytesConsumed + BomLength(input.Bytes.Span);
            }
        }
        catch (JsonException e)
        {
            Report(input, e, reader.CurrentDepth, diagnostics);
            return null;
        }
        if (values == 0)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceJsonInvalid, input.FileLocation, "the file holds no JSON value");
            return null;
        }
        return new JsonShape(keys, values, firstEnd, isObject);
    }

    /// <summary>Reads the top-level keys; false when it stopped early at a key that settles the format.</summary>
    private static bool ReadTopLevel(ref Utf8JsonReader reader, Dictionary<string, string?> keys)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonValues.Text(ref reader)!;
            reader.Read();
            keys[name] = reader.TokenType == JsonTokenType.String ? JsonValues.Text(ref reader) : null;
            if (name == "bomFormat" && keys[name] == "CycloneDX") return false;
            reader.Skip();
        }
        return true;
    }

    /// <summary>The JSON text without a UTF-8 byte order mark, if the file starts with one: every JSON reader reads
    /// through this (or its span twin below), so a BOM that one writer adds is refused by none.</summary>
    public static ReadOnlyMemory<byte> Utf8Body(ReadOnlyMemory<byte> bytes) => bytes[BomLength(bytes.Span)..];

    public static ReadOnlySpan<byte> Utf8Body(ReadOnlySpan<byte> bytes) => bytes[BomLength(bytes)..];

    private static int BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith("\uFEFF"u8) ? 3 : 0;

    /// <summary>Reports a reader failure at its line and column: too deep, or malformed (cut short, bad token).</summary>
    public static void Report(EvidenceInput input, JsonException e, int depth, DiagnosticBag diagnostics)
    {
        // A failure found after the text was read (none today, but System.Text.Json may) has no line: name the file alone.
        var at = e.LineNumber is { } line ? input.At(line + 1, (e.BytePositionInLine ?? 0) + 1) : input.FileLocation;
        if (depth >= EvidenceLimits.MaxJsonDepth - 1)
            diagnostics.Report(DiagnosticCodes.EvidenceTooDeep, at, EvidenceLimits.MaxJsonDepth);
        else
            diagnostics.Report(DiagnosticCodes.EvidenceJsonInvalid, at, CleanMessage(e.Message));
    }

    private static string CleanMessage(string message)
    {
        // System.Text.Json appends " LineNumber: x | BytePositionInLine: y."; the location already says so.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
