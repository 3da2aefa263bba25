namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>A coverage report's line and branch rates (0–1) and, where the report gives them, the counts behind them.</summary>
internal sealed record CoverageFacts(
    double? LineRate,
    double? BranchRate,
    long? LinesCovered,
    long? LinesValid,
    long? BranchesCovered,
    long? BranchesValid) : EvidenceFacts
{
    public override EvidenceKind Kind => EvidenceKind.Coverage;

    protected override void AddFlat(IDictionary<string, FactValue> flat)
    {
        Put(flat, EvidenceFactNames.CoverageLine, LineRate is { } l ? Math.Round(l * 100, 2) : null);
        Put(flat, EvidenceFactNames.CoverageBranch, BranchRate is { } b ? Math.Round(b * 100, 2) : null);
    }
}
