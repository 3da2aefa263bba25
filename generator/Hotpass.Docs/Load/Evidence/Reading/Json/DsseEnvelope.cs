using System.Text;
using System.Text.Json;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>A DSSE envelope as an evidence file carries it (bare, or as a Sigstore bundle's <c>dsseEnvelope</c>): the
/// payload's type and bytes, and its signatures, which the model checks against the keys in <c>hotpass-docs.yml</c>.</summary>
public sealed record DsseEnvelope(string PayloadType, byte[] Payload, IReadOnlyList<DsseSignature> Signatures)
{
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>What a signature signs: DSSE's pre-authentication encoding of the payload type and payload.</summary>
    public byte[] SignedBytes()
    {
        var type = Encoding.UTF8.GetBytes(PayloadType);
        var head = Encoding.ASCII.GetBytes($"DSSEv1 {type.Length} ");
        var middle = Encoding.ASCII.GetBytes($" {Payload.Length} ");
        return [.. head, .. type, .. middle, .. Payload];
    }

    /// <summary>The envelope <paramref name="json"/> is, or wraps as a Sigstore bundle; null when it is neither, or
    /// when its payload or a signature is not base64 (its reader then reports what is wrong).</summary>
    internal static DsseEnvelope? Find(ReadOnlyMemory<byte> json)
    {
        var start = json.Span.IndexOfAnyExcept(" \t\r\n\uFEFF"u8);
        if (start < 0 || json.Span[start] != (byte)'{') return null;
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            var envelope = root.TryGetProperty("dsseEnvelope", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
            if (Text(envelope, "payloadType") is not { } type || Text(envelope, "payload") is not { } payload) return null;
            var signatures = new List<DsseSignature>();
            if (envelope.TryGetProperty("signatures", out var list) && list.ValueKind == JsonValueKind.Array)
                foreach (var signature in list.EnumerateArray())
                    if (Text(signature, "sig") is { } sig)
                        signatures.Add(new DsseSignature(Text(signature, "keyid") is { Length: > 0 } id ? id : null, Convert.FromBase64String(sig)));
            return new DsseEnvelope(type, Convert.FromBase64String(payload), signatures);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null; // JSON Lines, invalid UTF-8 or otherwise broken: the format's reader reports it
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>One DSSE signature: the key id it names (optional in DSSE) and the signature bytes.</summary>
public sealed record DsseSignature(string? KeyId, byte[] Sig);
