using System.Globalization;
using System.Text.Json;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>in-toto statements with SLSA provenance predicates (v0.1, v0.2, v1): plain, in a DSSE envelope (base64
/// payload), in a sigstore bundle, in an npm attestations document, or as the first line of a JSON Lines file.</summary>
internal sealed class InTotoReader : IEvidenceReader
{
    public string FormatName => "in-toto statement";

    public long MaxBytes => EvidenceLimits.DocumentBytes;

    public static bool Recognises(JsonShape shape) =>
        shape.IsObject && ((shape.Text("_type")?.Contains("in-toto.io/Statement", StringComparison.Ordinal) ?? false)
            || (shape.Has("payloadType") && shape.Has("payload"))
            || (shape.Text("mediaType")?.StartsWith("application/vnd.dev.sigstore.bundle", StringComparison.Ordinal) ?? false)
            || shape.Has("attestations"));

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics) => Read(input, diagnostics, input.Bytes);

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics, ReadOnlyMemory<byte> first)
    {
        using var doc = JsonDoc.Parse(input, first, diagnostics);
        if (doc is null || JsonDuplicateKeys.Report(input, first, FormatName, embedded: false, diagnostics)) return null;
        var root = doc.RootElement;
        DateTimeOffset? logged = null;
        var envelope = "plain";
        var outer = root;
        if (root.Get("attestations") is { ValueKind: JsonValueKind.Array } list)
        {
            envelope = "npm attestations";
            outer = list.EnumerateArray().FirstOrDefault(a => a.Str("predicateType")?.Contains("slsa.dev/provenance", StringComparison.Ordinal) ?? false);
            if (outer.ValueKind != JsonValueKind.Object) outer = list.EnumerateArray().FirstOrDefault();
            outer = outer.Get("bundle") ?? outer;
        }
        if (outer.Get("dsseEnvelope") is { ValueKind: JsonValueKind.Object } dsse)
        {
            envelope = envelope == "plain" ? "sigstore bundle" : envelope;
            foreach (var entry in outer.Get("verificationMaterial").Items("tlogEntries"))
                logged = EvidenceTime.Latest(logged, Epoch(((JsonElement?)entry).Long("integratedTime")));
            outer = dsse;
        }
        using var decoded = outer.Get("payload") is { ValueKind: JsonValueKind.String } ? Decode(input, outer, diagnostics) : null;
        if (outer.Get("payload") is not null && decoded is null) return null;
        if (envelope == "plain" && decoded is not null) envelope = "DSSE";
        var statement = decoded?.RootElement ?? outer;
        var type = statement.Str("_type");
        var predicateType = statement.Str("predicateType");
        if (type is null || predicateType is null)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceInvalid, input.FileLocation, FormatName, "no _type and predicateType in the statement");
            return null;
        }
        var predicate = statement.Get("predicate");
        var details = predicate.Get("runDetails");
        var builder = details.Get("builder").Str("id") ?? predicate.Get("builder").Str("id");
        var metadata = details.Get("metadata") ?? predicate.Get("metadata");
        var started = EvidenceTime.Parse(metadata.Str("startedOn") ?? metadata.Str("buildStartedOn"));
        var finished = EvidenceTime.Parse(metadata.Str("finishedOn") ?? metadata.Str("buildFinishedOn"));
        var subjects = statement.Items("subject").Select(s => new ProvenanceSubject(
            s.Str("name") ?? "",
            s.Get("digest") is { ValueKind: JsonValueKind.Object } d
                ? d.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                    .ToDictionary(JsonValues.Name, p => JsonValues.Text(p.Value)!, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal))).ToList();
        var facts = new ProvenanceFacts(type, predicateType, builder, subjects, started, finished, envelope);
        return new EvidenceRead(new EvidenceFormat(FormatName, predicateType), facts, finished ?? started ?? logged,
            Commit(predicate));
    }

    private static JsonDocument? Decode(EvidenceInput input, JsonElement envelope, DiagnosticBag diagnostics)
    {
        byte[] payload;
        try
        {
            payload = Convert.FromBase64String(envelope.Str("payload")!);
        }
        catch (FormatException)
        {
            diagnostics.Report(DiagnosticCodes.EvidenceInvalid, input.FileLocation, "DSSE envelope", "the payload is not base64");
            return null;
        }
        var statement = JsonDoc.Parse(input, payload, diagnostics);
        if (statement is null || !JsonDuplicateKeys.Report(input, payload, "in-toto statement", embedded: true, diagnostics)) return statement;
        statement.Dispose();
        return null;
    }

    private static DateTimeOffset? Epoch(long? seconds) =>
        seconds is { } s ? EvidenceTime.FromEpoch(s.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>The source commit: v1 resolved dependencies, else v0.2's config source or first material.</summary>
    private static string? Commit(JsonElement? predicate)
    {
        foreach (var dep in predicate.Get("buildDefinition").Items("resolvedDependencies"))
            if ((dep.Get("digest").Str("gitCommit") ?? dep.Get("digest").Str("sha1")) is { } c) return c;
        if (predicate.Get("invocation").Get("configSource").Get("digest").Str("sha1") is { } config) return config;
        return predicate.Items("materials").Select(m => m.Get("digest").Str("sha1")).FirstOrDefault(s => s is not null);
    }
}
