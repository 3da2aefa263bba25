using System.Text.Json;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>Finds a key named twice in one JSON object. A signed statement whose digest set names <c>sha256</c> twice
/// reads one way in one parser (the first wins) and another way in the next (the last wins), so a statement that
/// does so is refused at the second key's line and column rather than read either way.</summary>
internal static class JsonDuplicateKeys
{
    /// <summary>Reports HPD411 at the first repeated key and returns true; false when every object names each key once.</summary>
    /// <param name="embedded">True for JSON decoded from inside the file (a DSSE payload): its lines are not the file's, so
    /// the diagnostic names the file alone.</param>
    public static bool Report(EvidenceInput input, ReadOnlyMemory<byte> json, string format, bool embedded, DiagnosticBag diagnostics)
    {
        var body = JsonScan.Utf8Body(json.Span);
        if (First(body) is not { } found) return false;
        var at = embedded ? input.FileLocation : Locate(input, body, found.Offset);
        var where = embedded ? " in its DSSE payload" : "";
        diagnostics.Report(DiagnosticCodes.EvidenceInvalid, at, format,
            $"key '{found.Name}' is named twice in one object{where}, so parsers disagree on its value");
        return true;
    }

    /// <summary>The offset and name of the first key that repeats one of its object; null when none does. The JSON has
    /// already been parsed, so it is well-formed.</summary>
    private static (long Offset, string Name)? First(ReadOnlySpan<byte> json)
    {
        var open = new Stack<HashSet<string>>();
        var reader = new Utf8JsonReader(json, JsonScan.Options);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    open.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.EndObject:
                    open.Pop();
                    break;
                case JsonTokenType.PropertyName when !open.Peek().Add(JsonValues.Text(ref reader)!):
                    return (reader.TokenStartIndex, JsonValues.Text(ref reader)!);
            }
        }
        return null;
    }

    private static SourceLocation Locate(EvidenceInput input, ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return input.At(before.Count((byte)'\n') + 1, offset - lineStart + 1);
    }
}
