using System.Security.Cryptography;
using Hotpass.Docs.Configuration;
using NSec.Cryptography;

namespace Hotpass.Docs.Load.Signing;

/// <summary>Verifies a signature with a trusted key: ECDSA P-256 with SHA-256 from the platform (DER, as cosign writes
/// it, or the fixed 64-byte form), Ed25519 through NSec.</summary>
internal static class SignatureCheck
{
    private const string P256 = "1.2.840.10045.3.1.7";

    /// <summary>Whether <paramref name="spki"/> is a public key of <paramref name="algorithm"/>.</summary>
    public static bool Accepts(string algorithm, byte[] spki)
    {
        if (algorithm == TrustedKey.Ed25519) return PublicKey.TryImport(SignatureAlgorithm.Ed25519, spki, KeyBlobFormat.PkixPublicKey, out _);
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(spki, out var read);
            return read == spki.Length && ecdsa.ExportParameters(false).Curve.Oid.Value == P256;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public static bool Verifies(TrustedKey key, byte[] data, byte[] signature)
    {
        if (key.Algorithm == TrustedKey.Ed25519)
            return PublicKey.TryImport(SignatureAlgorithm.Ed25519, key.PublicKey, KeyBlobFormat.PkixPublicKey, out var ed25519)
                && SignatureAlgorithm.Ed25519.Verify(ed25519!, data, signature);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(key.PublicKey, out _);
        return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
            || (signature.Length == 64 && ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }
}
