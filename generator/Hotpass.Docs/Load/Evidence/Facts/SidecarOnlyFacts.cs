namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>A file no reader recognises: all that is known of it is what its sidecar says.</summary>
internal sealed record SidecarOnlyFacts : EvidenceFacts
{
    public override EvidenceKind Kind => EvidenceKind.Other;

    protected override void AddFlat(IDictionary<string, FactValue> flat)
    {
    }
}
