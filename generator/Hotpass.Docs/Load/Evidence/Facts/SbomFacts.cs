namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>An SBOM's subject, components by type, licences, declared vulnerabilities by severity and generator tools.</summary>
/// <param name="Components">Every component, nested ones included (SPDX: packages).</param>
/// <param name="Licenses">Distinct licence ids, names or expressions, sorted ordinally.</param>
/// <param name="VulnerabilitiesBySeverity">Declared vulnerabilities by their highest rating (critical, high, medium,
/// low, info, none, unknown).</param>
internal sealed record SbomFacts(
    string? SubjectName,
    string? SubjectVersion,
    int Components,
    IReadOnlyDictionary<string, int> ComponentsByType,
    IReadOnlyList<string> Licenses,
    IReadOnlyDictionary<string, int> VulnerabilitiesBySeverity,
    IReadOnlyList<string> Tools,
    int Services,
    int Files = 0) : EvidenceFacts
{
    public override EvidenceKind Kind => EvidenceKind.Sbom;

    public int Vulnerabilities => VulnerabilitiesBySeverity.Values.Sum();

    public static IReadOnlyList<string> Severities { get; } = ["critical", "high", "medium", "low", "info", "none", "unknown"];

    protected override void AddFlat(IDictionary<string, FactValue> flat)
    {
        Put(flat, EvidenceFactNames.Subject, SubjectName);
        Put(flat, EvidenceFactNames.SubjectVersion, SubjectVersion);
        Put(flat, EvidenceFactNames.Components, Components);
        Put(flat, EvidenceFactNames.Services, Services);
        Put(flat, EvidenceFactNames.Licenses, Licenses.Count);
        Put(flat, EvidenceFactNames.Vulnerabilities, Vulnerabilities);
        foreach (var severity in Severities)
            Put(flat, "vulnerabilities_" + severity, VulnerabilitiesBySeverity.GetValueOrDefault(severity));
    }
}
