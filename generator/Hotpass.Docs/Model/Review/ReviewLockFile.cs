using System.Text;
using System.Text.Json;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Model.Review;

/// <summary>Reads and writes <c>governance.lock.json</c>: <c>{ "version": 1, "controls": { id: fingerprint }, "risks":
/// { … } }</c>, ids sorted (ordinal), two-space indents, '\n' line ends, one id per line, so a review's diff in a
/// pull request shows exactly which declarations were accepted.</summary>
public static class ReviewLockFile
{
    public const int Version = 1;

    /// <summary>The lock at <paramref name="root"/>; null when there is none (review is not tracked) or it cannot be
    /// read (HPD372, a configuration error: a broken lock would otherwise make every control suspect).</summary>
    public static ReviewLock? Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, ReviewLock.FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var top = json.RootElement;
            if (top.ValueKind != JsonValueKind.Object || !top.TryGetProperty("version", out var v) || !v.TryGetInt32(out var version) || version != Version)
                return Fail(diagnostics, $"it must be an object with \"version\": {Version}");
            var controls = Section(top, "controls");
            var risks = Section(top, "risks");
            if (controls is null || risks is null) return Fail(diagnostics, "\"controls\" and \"risks\" must be objects of id to fingerprint text");
            return new ReviewLock(controls, risks);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return Fail(diagnostics, e.Message);
        }
    }

    public static byte[] Bytes(ReviewLock review)
    {
        var text = new StringBuilder("{\n  \"version\": ").Append(Version).Append(",\n");
        Append(text, "controls", review.Controls).Append(",\n");
        Append(text, "risks", review.Risks).Append('\n');
        return Encoding.UTF8.GetBytes(text.Append("}\n").ToString());
    }

    private static StringBuilder Append(StringBuilder text, string name, IReadOnlyDictionary<string, string> entries)
    {
        text.Append("  \"").Append(name).Append("\": {");
        var first = true;
        foreach (var (id, fingerprint) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(first ? "\n" : ",\n").Append("    ").Append(Quoted(id)).Append(": ").Append(Quoted(fingerprint));
            first = false;
        }
        return text.Append(first ? "}" : "\n  }");
    }

    /// <summary>A JSON string as the serializer's default escaping writes it, without the reflection-based serializer
    /// (the tool is compiled ahead of time).</summary>
    private static string Quoted(string text) => "\"" + JsonEncodedText.Encode(text).ToString() + "\"";

    private static Dictionary<string, string>? Section(JsonElement top, string name)
    {
        if (!top.TryGetProperty(name, out var section) || section.ValueKind != JsonValueKind.Object) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in section.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String) return null;
            map[entry.Name] = entry.Value.GetString()!;
        }
        return map;
    }

    private static ReviewLock? Fail(DiagnosticBag diagnostics, string problem)
    {
        diagnostics.Report(DiagnosticCodes.ReviewLockInvalid, SourceLocation.File(ReviewLock.FileName), problem);
        return null;
    }
}
