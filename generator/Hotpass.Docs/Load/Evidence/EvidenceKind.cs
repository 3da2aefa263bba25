namespace Hotpass.Docs.Load.Evidence;

/// <summary>What an evidence file proves, decided from its content.</summary>
public enum EvidenceKind
{
    Sbom,
    TestRun,
    StaticAnalysis,
    Coverage,
    CiRun,
    Provenance,
    /// <summary>A file no reader recognises, described only by its sidecar.</summary>
    Other,
}
