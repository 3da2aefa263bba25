using System.Globalization;
using System.Text.Json;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>Parses small JSON evidence (SARIF, run JSON, provenance) into a <see cref="JsonDocument"/> within the
/// depth limit, and reads optional values out of it without throwing on the wrong shape.</summary>
internal static class JsonDoc
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = EvidenceLimits.MaxJsonDepth,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static JsonDocument? Parse(EvidenceInput input, ReadOnlyMemory<byte> bytes, DiagnosticBag diagnostics)
    {
        try
        {
            return JsonDocument.Parse(JsonScan.Utf8Body(bytes), Options);
        }
        catch (JsonException e)
        {
            // The scan already validated the file; this only fires for embedded payloads (DSSE base64).
            JsonScan.Report(input, e, 0, diagnostics);
            return null;
        }
    }

    /// <remarks>A property name holding a lone surrogate (<c>"\ud800"</c>) makes the lookup throw while it compares names;
    /// such an object is read as not having the property, as a field nothing can read says nothing.</remarks>
    public static JsonElement? Get(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        try
        {
            return element.TryGetProperty(name, out var value) ? value : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static JsonElement? Get(this JsonElement? element, string name) => element is { } e ? e.Get(name) : null;

    public static string? Str(this JsonElement? element, string name) =>
        element.Get(name) is { } value ? JsonValues.TextOrNumber(value) : null;

    public static string? Str(this JsonElement element, string name) => ((JsonElement?)element).Str(name);

    public static long? Long(this JsonElement? element, string name) =>
        long.TryParse(element.Str(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static IEnumerable<JsonElement> Items(this JsonElement? element, string name)
    {
        var value = element.Get(name);
        return value is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
    }

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) => ((JsonElement?)element).Items(name);
}
