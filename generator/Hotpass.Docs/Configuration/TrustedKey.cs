using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Configuration;

/// <summary>A public key that signs evidence, from <c>evidence.keys</c> in <c>hotpass-docs.yml</c>.</summary>
/// <param name="Id">The name pages show and a DSSE signature's <c>keyid</c> may give.</param>
/// <param name="Algorithm"><c>ecdsa-p256</c> or <c>ed25519</c>.</param>
/// <param name="PublicKey">The key as SubjectPublicKeyInfo (DER), as a PEM <c>PUBLIC KEY</c> block holds it.</param>
public sealed record TrustedKey(string Id, string Algorithm, byte[] PublicKey, SourceLocation Location)
{
    public const string EcdsaP256 = "ecdsa-p256";
    public const string Ed25519 = "ed25519";
}
