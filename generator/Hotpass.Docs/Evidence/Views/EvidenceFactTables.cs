using System.Globalization;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Evidence.Views;

/// <summary>An item's facts as small readable tables, per kind: SBOM subject, components by type, licences and
/// vulnerabilities by severity; test counts, duration and failing tests; SARIF results by level and rule; coverage
/// rates; CI run and provenance details.</summary>
internal static class EvidenceFactTables
{
    public static List<EvidenceTableView> Of(EvidenceItem item)
    {
        var tables = new List<EvidenceTableView>();
        switch (item.Facts)
        {
            case SbomFacts sbom:
                tables.Add(Pairs("Subject", ("Name", sbom.SubjectName), ("Version", sbom.SubjectVersion), ("Components", N(sbom.Components)),
                    ("Services", N(sbom.Services)), ("Tools", string.Join(", ", sbom.Tools))));
                tables.Add(Counts("Components by type", "Type", sbom.ComponentsByType));
                tables.Add(Counts("Vulnerabilities by severity", "Severity",
                    SbomFacts.Severities.ToDictionary(s => s, s => sbom.VulnerabilitiesBySeverity.GetValueOrDefault(s), StringComparer.Ordinal), sort: false));
                tables.Add(new("Licences", ["Licence"], [.. sbom.Licenses.Select(l => (IReadOnlyList<string>)[l])]));
                break;
            case TestRunFacts tests:
                tables.Add(Pairs("Test counts", ("Tests", N(tests.Total)), ("Passed", N(tests.Passed)), ("Failed", N(tests.Failures)),
                    ("Errors", N(tests.Errors)), ("Skipped", N(tests.Skipped)), ("Duration (s)", D(tests.DurationSeconds))));
                tables.Add(new("Failing tests", ["Test"], [.. tests.FailingTests.Select(t => (IReadOnlyList<string>)[t])]));
                break;
            case StaticAnalysisFacts sarif:
                tables.Add(Pairs("Analysis", ("Tools", string.Join(", ", sarif.Tools.Distinct(StringComparer.Ordinal))), ("Runs", N(sarif.Runs)),
                    ("Results", N(sarif.Results)), ("Suppressed", N(sarif.Suppressed))));
                tables.Add(Counts("Results by level", "Level", sarif.ByLevel));
                tables.Add(Counts("Results by rule", "Rule", sarif.ByRule));
                break;
            case CoverageFacts coverage:
                tables.Add(Pairs("Coverage", ("Line rate (%)", D(coverage.LineRate * 100)), ("Branch rate (%)", D(coverage.BranchRate * 100)),
                    ("Lines covered", L(coverage.LinesCovered, coverage.LinesValid)), ("Branches covered", L(coverage.BranchesCovered, coverage.BranchesValid))));
                break;
            case CiRunFacts run:
                tables.Add(Pairs("Run", ("Workflow", run.Workflow), ("Event", run.Event), ("Status", run.Status), ("Conclusion", run.Conclusion),
                    ("Duration (s)", D(run.DurationSeconds)), ("Jobs", N(run.Jobs)), ("Jobs failed", N(run.JobsFailed)), ("Head commit", run.HeadSha)));
                break;
            case ProvenanceFacts provenance:
                tables.Add(Pairs("Provenance", ("Statement", provenance.StatementType), ("Predicate", provenance.PredicateType),
                    ("Builder", provenance.Builder), ("Envelope", provenance.Envelope)));
                tables.Add(new("Subjects", ["Artifact", "Digest"],
                    [.. provenance.Subjects.SelectMany(s => s.Digests.OrderBy(d => d.Key, StringComparer.Ordinal)
                        .Select(d => (IReadOnlyList<string>)[s.Name, d.Key + ":" + d.Value]))]));
                break;
        }
        return [.. tables.Where(t => t.Rows.Count > 0)];
    }

    private static EvidenceTableView Pairs(string caption, params (string Name, string? Value)[] pairs) =>
        new(caption, ["Fact", "Value"], [.. pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => (IReadOnlyList<string>)[p.Name, p.Value!])]);

    private static EvidenceTableView Counts(string caption, string column, IReadOnlyDictionary<string, int> counts, bool sort = true)
    {
        var entries = sort ? counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal) : counts.AsEnumerable();
        return new(caption, [column, "Count"], [.. entries.Select(c => (IReadOnlyList<string>)[c.Key, N(c.Value)])]);
    }

    internal static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    internal static string? D(double? d) => d?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? L(long? covered, long? valid) => covered is { } c && valid is { } v ? $"{N(c)} of {N(v)}" : null;
}
