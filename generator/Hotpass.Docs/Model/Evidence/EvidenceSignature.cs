namespace Hotpass.Docs.Model.Evidence;

/// <summary>What an evidence item's signatures prove, judged once against <c>evidence.keys</c>.</summary>
/// <param name="KeyId">The trusted key that verified it (<see cref="SignatureState.Verified"/>), else the key id a
/// signature names, if any.</param>
public sealed record EvidenceSignature(SignatureState State, string? KeyId, string? Algorithm)
{
    public static EvidenceSignature NotSigned { get; } = new(SignatureState.None, null, null);

    /// <summary>How the evidence page says it.</summary>
    public string Describe() => State switch
    {
        SignatureState.Verified => $"signed by {KeyId} ({Algorithm}), verified",
        SignatureState.Invalid => $"signature by {KeyId} does NOT verify: the file changed after it was signed, or another key signed it",
        SignatureState.Untrusted => KeyId is null ? "signed, by no key in evidence.keys" : $"signed by {KeyId}, which is not in evidence.keys",
        _ => "unsigned",
    };
}

/// <summary>Whether evidence is signed, and by whom the site trusts.</summary>
public enum SignatureState
{
    None,
    Verified,
    Untrusted,
    Invalid,
}
