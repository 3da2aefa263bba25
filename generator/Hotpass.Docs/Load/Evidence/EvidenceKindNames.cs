namespace Hotpass.Docs.Load.Evidence;

/// <summary>The names a control's (or a framework requirement's) <c>requires:</c> list uses for the kinds of evidence
/// the readers recognise: sbom, tests, static-analysis, coverage, ci-run, provenance, other (a file described only by
/// its sidecar).</summary>
public static class EvidenceKindNames
{
    private static readonly (EvidenceKind Kind, string Name)[] Names =
    [
        (EvidenceKind.Sbom, "sbom"),
        (EvidenceKind.TestRun, "tests"),
        (EvidenceKind.StaticAnalysis, "static-analysis"),
        (EvidenceKind.Coverage, "coverage"),
        (EvidenceKind.CiRun, "ci-run"),
        (EvidenceKind.Provenance, "provenance"),
        (EvidenceKind.Other, "other"),
    ];

    /// <summary>Every name, in the order the reference page lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    public static string Name(EvidenceKind kind) => Names.First(n => n.Kind == kind).Name;

    public static EvidenceKind? Find(string name)
    {
        foreach (var (kind, known) in Names)
            if (string.Equals(known, name, StringComparison.Ordinal)) return kind;
        return null;
    }
}
