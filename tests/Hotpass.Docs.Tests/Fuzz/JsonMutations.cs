using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hotpass.Docs.Tests.Fuzz;

/// <summary>Structure-aware changes to a JSON evidence file: parsed into a tree, one value (chosen by position among all
/// values, so every key path can be hit) is replaced by a value of another type, a numeric extreme, a lone surrogate or
/// a deep nest; a key is named twice; a value removed; a DSSE payload mutated inside its base64. Raw text that no tree
/// can hold (1e400, "\ud800", a repeated key) goes in through placeholders replaced after writing.</summary>
public static class JsonMutations
{
    /// <summary>Values put in place of another, as JSON text: every type, numbers past every range, strings a reader
    /// might take for something else.</summary>
    public static readonly string[] Values =
    [
        "{}", "[]", "null", "true", "false", "0", "-0", "1", "-1", "0.5", "1e400", "-1e400", "1e-400", "18446744073709551616",
        "9223372036854775807", "-9223372036854775809", "123456789012345678901234567890", "1E+308", "\"\"", "\"x\"",
        "\"\\ud800\"", "\"\\udc00x\\ud800\"", "\"\\u0000\"", "\"2.1.0\"", "\"CycloneDX\"", "\"SPDX-2.3\"",
        "\"9999-12-31T23:59:59Z\"", "\"9999-12-31T23:59:59-14:00\"", "\"0001-01-01T00:00:00+14:00\"", "\"10000-01-01T00:00:00Z\"",
        "\"2025-02-30T00:00:00Z\"", "\"<script>alert(1)</script>\"", "\"javascript:alert(1)\"", "\"../../../etc/passwd\"",
        "[\"a\", {}, 1, null, [\"\\ud800\"]]", "{\"\": {}, \"\\ud800\": 1}", "[[], {}]",
    ];

    private static readonly JsonSerializerOptions Write = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonDocumentOptions Read = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 512 };

    /// <summary>Applies one change; null when the text is not a JSON tree this change can work on (the caller then
    /// changes bytes instead).</summary>
    public static (string Text, string What)? Apply(string text, int kind, int where, int pick, int size)
    {
        var (first, rest) = SplitFirstValue(text);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(first, documentOptions: Read);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        if (root is null) return null;
        var nodes = new List<(JsonNode? Node, JsonNode Parent, string Path, string? Key, int Index)>();
        Walk(root, "$", nodes);
        if (nodes.Count == 0) return null;
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        string Placeholder(string value)
        {
            var key = $"@@RAW{raw.Count}@@";
            raw[key] = value;
            return key;
        }
        var target = nodes[where % nodes.Count];
        string what;
        switch (kind % 6)
        {
            case 0:
            {
                var value = Values[pick % Values.Length];
                Replace(target, JsonValue.Create(Placeholder(value)));
                what = $"{target.Path} := {value}";
                break;
            }
            case 1:
            {
                var objects = nodes.Select(n => n.Node).OfType<JsonObject>().Where(o => o.Count > 0).Prepend(root as JsonObject).OfType<JsonObject>().ToList();
                if (objects.Count == 0) return null;
                var obj = objects[where % objects.Count];
                var name = obj.ElementAt(pick % obj.Count).Key;
                obj[Placeholder(JsonSerializer.Serialize(name))] = JsonValue.Create(Placeholder(Values[size % Values.Length]));
                what = $"key '{name}' named twice in {obj.GetPath()} (second value {Values[size % Values.Length]})";
                break;
            }
            case 2:
            {
                var depth = (int[])[10, 63, 64, 65, 200, 5_000, 100_000];
                var n = depth[size % depth.Length];
                var nest = pick % 2 == 0
                    ? new string('[', n) + new string(']', n)
                    : string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n);
                Replace(target, JsonValue.Create(Placeholder(nest)));
                what = $"{target.Path} := {n} levels of {(pick % 2 == 0 ? "arrays" : "objects")}";
                break;
            }
            case 3:
                if (target.Key is not null) ((JsonObject)target.Parent).Remove(target.Key);
                else ((JsonArray)target.Parent).RemoveAt(target.Index);
                what = $"{target.Path} removed";
                break;
            case 4:
            {
                var payloads = nodes.Where(n => n.Key == "payload" && n.Node is JsonValue v && v.TryGetValue<string>(out _)).ToList();
                if (payloads.Count == 0) goto case 0;
                var payload = payloads[where % payloads.Count];
                string inner;
                try
                {
                    inner = Encoding.UTF8.GetString(Convert.FromBase64String(payload.Node!.GetValue<string>()));
                }
                catch (FormatException)
                {
                    goto case 0;
                }
                if (Apply(inner, pick % 4 == 3 ? 0 : pick % 4, size, pick / 4, size / 7) is not { } changed) goto case 0;
                Replace(payload, JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(changed.Text))));
                what = $"{payload.Path} (base64): {changed.What}";
                break;
            }
            default:
            {
                // A value of one type swapped for a container of values of every type.
                Replace(target, JsonValue.Create(Placeholder("[" + string.Join(", ", Values.Skip(pick % 5).Take(8)) + "]")));
                what = $"{target.Path} := an array of mixed values";
                break;
            }
        }
        var written = root.ToJsonString(Write);
        foreach (var (key, value) in raw) written = written.Replace("\"" + key + "\"", value, StringComparison.Ordinal);
        return (written + rest, what);
    }

    /// <summary>The first top-level value and what follows it (JSON Lines hold several; the rest is kept as written).</summary>
    private static (string First, string After) SplitFirstValue(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 512 });
        try
        {
            if (!reader.Read()) return (text, "");
            reader.Skip();
        }
        catch (JsonException)
        {
            return (text, "");
        }
        var end = (int)reader.BytesConsumed;
        return (Encoding.UTF8.GetString(bytes, 0, end), Encoding.UTF8.GetString(bytes, end, bytes.Length - end));
    }

    private static void Walk(JsonNode node, string path, List<(JsonNode?, JsonNode, string, string?, int)> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    into.Add((child, obj, $"{path}.{key}", key, -1));
                    if (child is not null) Walk(child, $"{path}.{key}", into);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    into.Add((array[i], array, $"{path}[{i}]", null, i));
                    if (array[i] is { } child) Walk(child, $"{path}[{i}]", into);
                }
                break;
        }
    }

    private static void Replace((JsonNode? Node, JsonNode Parent, string Path, string? Key, int Index) target, JsonNode value)
    {
        if (target.Key is not null) target.Parent[target.Key] = value;
        else target.Parent[target.Index] = value;
    }
}
