namespace Hotpass.Docs.Load.Evidence;

/// <summary>Every name of the flat fact view, in one place: the readers write them, <c>expect:</c> conditions and the
/// reference page (<c>content/reference/evidence-formats.md</c>) read them.</summary>
internal static class EvidenceFactNames
{
    public const string Components = "components";
    public const string Services = "services";
    public const string Licenses = "licenses";
    public const string Vulnerabilities = "vulnerabilities";
    public const string VulnerabilitiesCritical = "vulnerabilities_critical";
    public const string VulnerabilitiesHigh = "vulnerabilities_high";
    public const string VulnerabilitiesMedium = "vulnerabilities_medium";
    public const string VulnerabilitiesLow = "vulnerabilities_low";
    public const string VulnerabilitiesInfo = "vulnerabilities_info";
    public const string VulnerabilitiesNone = "vulnerabilities_none";
    public const string VulnerabilitiesUnknown = "vulnerabilities_unknown";
    public const string Subject = "subject";
    public const string SubjectVersion = "subject_version";

    public const string TestsTotal = "tests_total";
    public const string TestsPassed = "tests_passed";
    public const string TestsFailed = "tests_failed";
    public const string TestsErrors = "tests_errors";
    public const string TestsSkipped = "tests_skipped";
    public const string DurationSeconds = "duration_seconds";

    public const string SarifRuns = "sarif_runs";
    public const string SarifResults = "sarif_results";
    public const string SarifErrors = "sarif_errors";
    public const string SarifWarnings = "sarif_warnings";
    public const string SarifNotes = "sarif_notes";
    public const string SarifSuppressed = "sarif_suppressed";
    public const string Tool = "tool";

    public const string CoverageLine = "coverage_line";
    public const string CoverageBranch = "coverage_branch";

    public const string Workflow = "workflow";
    public const string Status = "status";
    public const string Conclusion = "conclusion";
    public const string Jobs = "jobs";
    public const string JobsFailed = "jobs_failed";

    public const string Builder = "builder";
    public const string PredicateType = "predicate_type";
    public const string Subjects = "subjects";

    /// <summary>Each name with the kinds that carry it and what it means, in the order the reference page lists them.</summary>
    public static IReadOnlyList<EvidenceFactName> All { get; } =
    [
        new(Subject, EvidenceKind.Sbom, "text", "name of the software the SBOM describes"),
        new(SubjectVersion, EvidenceKind.Sbom, "text", "its version"),
        new(Components, EvidenceKind.Sbom, "number", "components listed, nested ones included (SPDX: packages)"),
        new(Services, EvidenceKind.Sbom, "number", "services listed (CycloneDX)"),
        new(Licenses, EvidenceKind.Sbom, "number", "distinct licence ids, names or expressions"),
        new(Vulnerabilities, EvidenceKind.Sbom, "number", "declared vulnerabilities"),
        new(VulnerabilitiesCritical, EvidenceKind.Sbom, "number", "declared vulnerabilities rated critical (highest rating of each)"),
        new(VulnerabilitiesHigh, EvidenceKind.Sbom, "number", "… rated high"),
        new(VulnerabilitiesMedium, EvidenceKind.Sbom, "number", "… rated medium"),
        new(VulnerabilitiesLow, EvidenceKind.Sbom, "number", "… rated low"),
        new(VulnerabilitiesInfo, EvidenceKind.Sbom, "number", "… rated info"),
        new(VulnerabilitiesNone, EvidenceKind.Sbom, "number", "… rated none"),
        new(VulnerabilitiesUnknown, EvidenceKind.Sbom, "number", "… with no rating or rated unknown"),
        new(TestsTotal, EvidenceKind.TestRun, "number", "test cases reported"),
        new(TestsPassed, EvidenceKind.TestRun, "number", "test cases that passed"),
        new(TestsFailed, EvidenceKind.TestRun, "number", "test cases that failed or errored"),
        new(TestsErrors, EvidenceKind.TestRun, "number", "of those, the ones that errored"),
        new(TestsSkipped, EvidenceKind.TestRun, "number", "test cases skipped, ignored or not run"),
        new(DurationSeconds, EvidenceKind.TestRun, "number", "run duration in seconds (tests and CI runs)"),
        new(Tool, EvidenceKind.StaticAnalysis, "text", "analysis tools, comma-separated"),
        new(SarifRuns, EvidenceKind.StaticAnalysis, "number", "runs in the log"),
        new(SarifResults, EvidenceKind.StaticAnalysis, "number", "results that are not suppressed"),
        new(SarifErrors, EvidenceKind.StaticAnalysis, "number", "unsuppressed results of level error (SARIF §3.27.10 defaults applied)"),
        new(SarifWarnings, EvidenceKind.StaticAnalysis, "number", "… of level warning"),
        new(SarifNotes, EvidenceKind.StaticAnalysis, "number", "… of level note"),
        new(SarifSuppressed, EvidenceKind.StaticAnalysis, "number", "results carrying a suppression"),
        new(CoverageLine, EvidenceKind.Coverage, "number", "line coverage in percent (0–100)"),
        new(CoverageBranch, EvidenceKind.Coverage, "number", "branch coverage in percent, when the report has branches"),
        new(Workflow, EvidenceKind.CiRun, "text", "workflow name"),
        new(Status, EvidenceKind.CiRun, "text", "run status (completed, in_progress, …)"),
        new(Conclusion, EvidenceKind.CiRun, "text", "run conclusion (success, failure, cancelled, …); from the jobs when the run has none"),
        new(Jobs, EvidenceKind.CiRun, "number", "jobs in the file"),
        new(JobsFailed, EvidenceKind.CiRun, "number", "jobs that concluded failure, cancelled or timed_out"),
        new(Builder, EvidenceKind.Provenance, "text", "builder id of the SLSA predicate"),
        new(PredicateType, EvidenceKind.Provenance, "text", "predicate type URI"),
        new(Subjects, EvidenceKind.Provenance, "number", "subjects (artifacts) the statement covers"),
    ];

    public static bool IsKnown(string name) => All.Any(f => f.Name == name);
}
