using System.Text;
using System.Text.Json;

namespace Hotpass.Docs.Verify;

/// <summary>Reads the subjects of an in-toto statement as it arrives: bare, in a DSSE envelope, in a Sigstore bundle
/// (what GitHub's artifact attestation stores), or as JSON Lines of those (what <c>gh attestation download</c> writes).
/// Only the statement is read here; checking the envelope's signature and certificate is Sigstore's (<c>gh attestation
/// verify</c>).</summary>
internal static class StatementReader
{
    private const string InTotoPayload = "application/vnd.in-toto+json";
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The subjects (name → SHA-256) of every statement in <paramref name="bytes"/> with the site statement's
    /// predicate type, or null with <paramref name="problem"/>.</summary>
    public static Dictionary<string, string>? Subjects(byte[] bytes, string name, out string? problem)
    {
        problem = null;
        var statements = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var line in Lines(bytes))
            {
                var document = JsonDocument.Parse(line, Options);
                documents.Add(document);
                if (Statement(document.RootElement, documents) is { } statement) statements.Add(statement);
            }
            var ours = statements.Where(s => Text(s, "predicateType") == Write.SiteStatement.PredicateType).ToList();
            if (ours.Count == 0)
            {
                problem = statements.Count == 0
                    ? $"'{name}' holds no in-toto statement (bare, in a DSSE envelope or in a Sigstore bundle)"
                    : $"'{name}' holds no statement of predicate type {Write.SiteStatement.PredicateType}";
                return null;
            }
            var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var statement in ours)
                foreach (var subject in statement.GetProperty("subject").EnumerateArray())
                    subjects[Text(subject, "name") ?? throw new FormatException("a subject has no name")] =
                        subject.TryGetProperty("digest", out var digest) && Text(digest, "sha256") is { } sha ? sha.ToLowerInvariant()
                        : throw new FormatException($"subject '{Text(subject, "name")}' has no sha256 digest");
            return subjects;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            problem = $"'{name}' is not a readable statement: {e.Message}";
            return null;
        }
        finally
        {
            foreach (var document in documents) document.Dispose();
        }
    }

    /// <summary>The statement <paramref name="element"/> is or wraps, or null when it is something else.</summary>
    private static JsonElement? Statement(JsonElement element, List<JsonDocument> documents)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (Text(element, "_type") is { } type && type.StartsWith("https://in-toto.io/Statement/", StringComparison.Ordinal)) return element;
        if (element.TryGetProperty("dsseEnvelope", out var envelope)) return Statement(envelope, documents);
        if (Text(element, "payloadType") == InTotoPayload && Text(element, "payload") is { } payload)
        {
            var inner = JsonDocument.Parse(Convert.FromBase64String(payload), Options);
            documents.Add(inner);
            return Statement(inner.RootElement, documents);
        }
        return null;
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Lines(byte[] bytes)
    {
        var text = bytes.AsMemory();
        // One JSON document, indented over many lines, or JSON Lines: a document per line.
        if (LooksLikeOneDocument(bytes)) { yield return text; yield break; }
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n') continue;
            if (!string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(bytes, start, i - start))) yield return text[start..i];
            start = i + 1;
        }
    }

    private static bool LooksLikeOneDocument(byte[] bytes)
    {
        try
        {
            using var _ = JsonDocument.Parse(bytes, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
