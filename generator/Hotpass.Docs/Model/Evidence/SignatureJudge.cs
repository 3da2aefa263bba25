using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Signing;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>Checks each DSSE-signed item's signatures against the trusted keys, once, and reports a signature that
/// names a trusted key but does not verify (the payload changed after signing).</summary>
internal static class SignatureJudge
{
    public static Dictionary<string, EvidenceSignature> Judge(IReadOnlyList<EvidenceItem> items, EvidenceSettings settings, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, EvidenceSignature>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Envelope is not { Signatures.Count: > 0 } envelope) continue;
            var signature = Judge(envelope, settings.Keys);
            result[item.Path] = signature;
            var at = Diagnostics.SourceLocation.File(settings.Dir + "/" + item.Path);
            if (signature.State == SignatureState.Invalid)
                diagnostics.Report(DiagnosticCodes.EvidenceSignatureInvalid, at, item.Id, signature.KeyId!);
            else if (signature.State == SignatureState.Untrusted)
                diagnostics.Report(DiagnosticCodes.EvidenceSignatureUntrusted, at, item.Id, signature.KeyId is null ? "" : $" (key id '{signature.KeyId}')");
        }
        return result;
    }

    /// <summary>Verified when any signature verifies with a trusted key (the one its key id names, or any when it names
    /// none); invalid when a signature names a trusted key that does not verify it; else untrusted.</summary>
    private static EvidenceSignature Judge(Load.Evidence.Reading.Json.DsseEnvelope envelope, IReadOnlyList<TrustedKey> keys)
    {
        var signed = envelope.SignedBytes();
        string? failedKey = null;
        foreach (var signature in envelope.Signatures)
        {
            var named = signature.KeyId is { } id ? keys.Where(k => k.Id == id).ToList() : [.. keys];
            foreach (var key in named)
                if (SignatureCheck.Verifies(key, signed, signature.Sig)) return new EvidenceSignature(SignatureState.Verified, key.Id, key.Algorithm);
            if (signature.KeyId is not null && named.Count > 0) failedKey ??= signature.KeyId;
        }
        return failedKey is not null
            ? new EvidenceSignature(SignatureState.Invalid, failedKey, null)
            : new EvidenceSignature(SignatureState.Untrusted, envelope.Signatures.Select(s => s.KeyId).FirstOrDefault(k => k is not null), null);
    }
}
