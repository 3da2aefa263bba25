namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>An in-toto statement with a SLSA provenance predicate: builder, subject digests and build times.</summary>
/// <param name="Envelope">How the statement was wrapped: <c>plain</c>, <c>DSSE</c>, <c>sigstore bundle</c>, <c>npm attestations</c>.</param>
internal sealed record ProvenanceFacts(
    string StatementType,
    string PredicateType,
    string? Builder,
    IReadOnlyList<ProvenanceSubject> Subjects,
    DateTimeOffset? BuildStarted,
    DateTimeOffset? BuildFinished,
    string Envelope) : EvidenceFacts
{
    public override EvidenceKind Kind => EvidenceKind.Provenance;

    protected override void AddFlat(IDictionary<string, FactValue> flat)
    {
        Put(flat, EvidenceFactNames.Builder, Builder);
        Put(flat, EvidenceFactNames.PredicateType, PredicateType);
        Put(flat, EvidenceFactNames.Subjects, Subjects.Count);
    }
}
