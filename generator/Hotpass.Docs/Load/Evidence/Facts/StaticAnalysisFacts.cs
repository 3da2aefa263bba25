namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>A SARIF log's tools and its unsuppressed results by effective level and by rule.</summary>
/// <param name="ByLevel">Unsuppressed results by effective level (error, warning, note, none).</param>
/// <param name="ByRule">Unsuppressed results by rule id (<c>(none)</c> when a result names no rule).</param>
internal sealed record StaticAnalysisFacts(
    IReadOnlyList<string> Tools,
    int Runs,
    IReadOnlyDictionary<string, int> ByLevel,
    IReadOnlyDictionary<string, int> ByRule,
    int Suppressed) : EvidenceFacts
{
    public override EvidenceKind Kind => EvidenceKind.StaticAnalysis;

    public int Results => ByLevel.Values.Sum();

    protected override void AddFlat(IDictionary<string, FactValue> flat)
    {
        Put(flat, EvidenceFactNames.Tool, string.Join(", ", Tools.Distinct(StringComparer.Ordinal)));
        Put(flat, EvidenceFactNames.SarifRuns, Runs);
        Put(flat, EvidenceFactNames.SarifResults, Results);
        Put(flat, EvidenceFactNames.SarifErrors, ByLevel.GetValueOrDefault("error"));
        Put(flat, EvidenceFactNames.SarifWarnings, ByLevel.GetValueOrDefault("warning"));
        Put(flat, EvidenceFactNames.SarifNotes, ByLevel.GetValueOrDefault("note"));
        Put(flat, EvidenceFactNames.SarifSuppressed, Suppressed);
    }
}
