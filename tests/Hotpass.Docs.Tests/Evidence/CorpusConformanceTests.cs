using System.Globalization;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Facts;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>Runs the readers over every file of the public corpus (<c>../shared/corpora</c>) and checks the facts each
/// MANIFEST.md states: the source repository's own numbers where it gives them, the collecting script's otherwise.
/// Every disagreement must be listed in <see cref="Deviations"/> with its reason, and every listed one must still occur.</summary>
public sealed class CorpusConformanceTests
{
    /// <summary>Where this reader and the manifest differ on purpose.</summary>
    private static readonly Dictionary<string, string> Deviations = new(StringComparer.Ordinal)
    {
        ["cyclonedx-json/SaaSBOM__apigateway-microservices-datastores__bom.json"] =
            "services: the helper counts the one top-level service; the reader also counts its 5 nested services (6)",
        ["cyclonedx-xml/valid-metadata-tool-1.6.xml"] =
            "tools: the helper lists only metadata/tools/components for XML; the reader also lists tools/services, as the JSON manifest does for the same BOM",
        ["trx/enricomi__yami_YAMILEX_2015-10-24_04_18_59.trx"] =
            "errors: one result is outcome=Aborted, which EnricoMi counts as skipped; the reader counts it an error so a gate on tests_failed sees it",
        ["spdx-json/syft-TestSPDXJSONImageEncoder.spdx.json"] =
            "time: creationInfo.created is the literal 'redacted' (a golden file of syft); no usable time, so HPD412 and HPD409",
        ["spdx-tv/syft-TestSPDXRelationshipOrder.spdx"] =
            "time: Created is the literal 'redacted'; no usable time, so HPD412 and HPD409",
        ["spdx-tv/syft-TestSPDXTagValueImageEncoder.spdx"] =
            "time: Created is the literal 'redacted'; no usable time, so HPD412 and HPD409",
        ["sarif/sarif-sdk__elfie-arriba.sarif"] =
            "byLevel: the helper counts a suppressed error; the reader counts only unsuppressed results by level (suppressed: 1)",
        ["nunit/enricomi__mstest__timewarpinc.xml"] =
            "errors: the one case is result=Failed label=Error, which NUnit 3 means as an error; EnricoMi counts it a failure",
        ["xunit-net/enricomi__pickles.xml"] =
            "tests: EnricoMi merges two runs of one test (tests=3, runs=4); the reader counts each test element (4)",
    };

    public static TheoryData<string> Folders() =>
    [
        "cyclonedx-json", "cyclonedx-xml", "spdx-json", "spdx-tv", "junit", "trx", "nunit", "xunit-net", "sarif",
        "cobertura", "lcov", "gh-run", "intoto",
    ];

    [SkippableTheory]
    [MemberData(nameof(Folders))]
    public void Every_corpus_file_reads_with_the_facts_its_manifest_states(string folder)
    {
        var root = CorpusManifestRow.CorpusRoot;
        Skip.If(root is null, "../shared/corpora is not beside this checkout (CI has it)");
        var dir = Path.Combine(root!, folder);
        var rows = CorpusManifestRow.Read(dir);
        Assert.Equal(Directory.GetFiles(dir).Length - 1, rows.Count);
        var mismatches = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = folder + "/" + row.File;
            var problems = new List<string>();
            var (item, diagnostics) = EvidenceRun.File(Path.Combine(dir, row.File), "evidence/" + key);
            var errors = diagnostics.Where(d => d.Severity == Hotpass.Docs.Diagnostics.Severity.Error).Select(d => d.Code).ToList();
            if (item is null) problems.Add("not read: " + EvidenceRun.Lines(diagnostics));
            else
            {
                var expectNoTime = row.NoTime;
                if (expectNoTime != (item.CollectedAt is null)) problems.Add($"time: manifest NO TIME={expectNoTime}, read {item.CollectedAt}");
                if (errors.Except(["HPD409"]).Any() || (item.CollectedAt is null) != errors.Contains("HPD409"))
                    problems.Add("diagnostics: " + EvidenceRun.Lines(diagnostics));
                Check(folder, row, item, problems);
            }
            if (problems.Count > 0) mismatches[key] = problems;
        }
        var expected = Deviations.Keys.Where(k => k.StartsWith(folder + "/", StringComparison.Ordinal)).ToList();
        var unexplained = mismatches.Where(m => !Deviations.ContainsKey(m.Key)).Select(m => $"{m.Key}: {string.Join("; ", m.Value)}").ToList();
        Assert.True(unexplained.Count == 0, "Disagreements with the manifest that no deviation explains:\n" + string.Join("\n", unexplained));
        Assert.Equal(expected.Order(StringComparer.Ordinal), mismatches.Keys.Where(Deviations.ContainsKey));
    }

    private static void Check(string folder, CorpusManifestRow row, EvidenceItem item, List<string> problems)
    {
        var h = row.Helper;
        void Same(string what, object? expected, object? actual)
        {
            if (!Equals(Normal(expected), Normal(actual))) problems.Add($"{what}: manifest {expected}, read {actual}");
        }
        switch (item.Facts)
        {
            case SbomFacts sbom when folder.StartsWith("cyclonedx", StringComparison.Ordinal):
                Same("kind", folder == "cyclonedx-json" ? "CycloneDX JSON" : "CycloneDX XML", item.Format.Name);
                Same("specVersion", h["specVersion"], item.Format.Version);
                Same("components", h["components(top/total)"].Split('/')[1], sbom.Components);
                Same("byType", Dict(CorpusManifestRow.Counts(h.GetValueOrDefault("byType"))), Dict(sbom.ComponentsByType));
                Same("licenses", h["licenses"], sbom.Licenses.Count);
                var vulns = CorpusManifestRow.Counts(h.GetValueOrDefault("vulns")?.Replace("unrated", "unknown", StringComparison.Ordinal));
                Same("vulns", Dict(vulns), Dict(sbom.VulnerabilitiesBySeverity));
                if (h.TryGetValue("services", out var services)) Same("services", services, sbom.Services);
                if (h.TryGetValue("subject", out var subject)) Same("subject", subject, sbom.SubjectName + "@" + (sbom.SubjectVersion ?? "None"));
                if (h.TryGetValue("tools", out var tools)) Same("tools", tools, string.Join(",", sbom.Tools));
                SameTime(h.GetValueOrDefault("timestamp"), item, problems);
                break;
            case SbomFacts sbom:
                Same("spdxVersion", h["spdxVersion"], item.Format.Version);
                Same("packages", h["packages"], sbom.Components);
                Same("files", h["files"], sbom.Files);
                SameTime(h["created"], item, problems);
                break;
            case TestRunFacts tests:
                CheckTests(folder, row, item, tests, Same);
                break;
            case StaticAnalysisFacts sarif:
                Same("runs", h["runs"], sarif.Runs);
                Same("results", h["results"], sarif.Results + sarif.Suppressed);
                Same("byLevel", Dict(CorpusManifestRow.Counts(h.GetValueOrDefault("byLevel(effective)"))), Dict(sarif.ByLevel));
                Same("tools", h["tools"], string.Join(",", sarif.Tools));
                SameTime(h["invocationTimes"].Split(',')[^1], item, problems);
                break;
            case CoverageFacts coverage when folder == "cobertura":
                var parts = h["attrs"].Split(',').Select(p => p.Split(':', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);
                Same("line-rate", Rate(parts.GetValueOrDefault("line-rate")), coverage.LineRate);
                Same("branch-rate", Rate(parts.GetValueOrDefault("branch-rate")), coverage.BranchRate);
                break;
            case CoverageFacts coverage:
                var lines = h["LF/LH"].Split('/');
                if (lines.Length == 2) Same("LF/LH", $"{lines[0]}/{lines[1]}", $"{coverage.LinesValid}/{coverage.LinesCovered}");
                Same("BRF/BRH", h["BRF/BRH"], $"{coverage.BranchesValid}/{coverage.BranchesCovered}");
                break;
            case CiRunFacts run:
                if (h.TryGetValue("conclusion", out var conclusion)) Same("conclusion", conclusion, run.Conclusion);
                if (h.TryGetValue("headSha", out var sha)) Same("headSha", sha, run.HeadSha);
                if (h.TryGetValue("workflow", out var workflow)) Same("workflow", workflow, run.Workflow);
                if (h.TryGetValue("jobConclusions", out var jobs)) Same("jobs failed", CorpusManifestRow.Counts(jobs).GetValueOrDefault("failure"), run.JobsFailed);
                Same("jobs", h["jobs"], run.Jobs);
                break;
            case ProvenanceFacts provenance:
                if (h.TryGetValue("predicateType", out var predicate)) Same("predicateType", predicate, provenance.PredicateType);
                if (h.TryGetValue("subjects", out var subjects)) Same("subjects", subjects, provenance.Subjects.Count);
                if (h.TryGetValue("builder", out var builder)) Same("builder", builder, provenance.Builder);
                var time = h.GetValueOrDefault("finished") is { } f && f != "(none)" ? f
                    : h.GetValueOrDefault("tlogIntegratedTime") ?? h.GetValueOrDefault("tlogTime");
                SameTime(time, item, problems);
                break;
            default:
                problems.Add($"kind: read as {item.Kind} ({item.Format})");
                break;
        }
    }

    private static void CheckTests(string folder, CorpusManifestRow row, EvidenceItem item, TestRunFacts tests, Action<string, object?, object?> same)
    {
        var h = row.Helper;
        same("format", folder switch { "junit" => "JUnit XML", "trx" => "TRX", "nunit" => "NUnit XML", _ => "xUnit.net XML" }, item.Format.Name);
        // The source repository's own expected numbers come first: dorny (tests, failed incl. errors, skipped) or EnricoMi.
        if (row.Source("tests") is { } total) same("tests (source)", total, tests.Total);
        if (row.Source("skipped") is { } skipped) same("skipped (source)", skipped, tests.Skipped);
        if (row.SourceSays.Contains("failed(incl. errors)=", StringComparison.Ordinal))
        {
            var failed = int.Parse(row.SourceSays.Split("failed(incl. errors)=")[1].Split(' ')[0], CultureInfo.InvariantCulture);
            same("failed incl. errors (source)", failed, tests.Failures + tests.Errors);
        }
        if (row.Source("tests_fail") is { } fail) same("tests_fail (source)", fail, tests.Failures);
        if (row.Source("tests_error") is { } error) same("tests_error (source)", error, tests.Errors);
        if (row.Source("tests_skip") is { } skip) same("tests_skip (source)", skip, tests.Skipped);
        switch (folder)
        {
            case "junit":
                same("cases", h["cases"], tests.Total);
                same("failed", h["failed"], tests.Failures);
                same("errored", h["errored"], tests.Errors);
                same("skipped", h["skipped"], tests.Skipped);
                break;
            case "trx":
                var outcomes = CorpusManifestRow.Counts(h["byOutcome"]);
                same("results", h["results"], tests.Total);
                same("Failed", outcomes.GetValueOrDefault("Failed"), tests.Failures);
                break;
            case "xunit-net":
                var results = CorpusManifestRow.Counts(h["byResult"]);
                same("tests", h["tests"], tests.Total);
                same("Fail", results.GetValueOrDefault("Fail"), tests.Failures);
                same("Skip", results.GetValueOrDefault("Skip"), tests.Skipped);
                break;
        }
    }

    private static void SameTime(string? expected, EvidenceItem item, List<string> problems)
    {
        if (expected is null or "(none)" || item.CollectedAt is null) return;
        var text = expected.Replace(" UTC", "Z", StringComparison.Ordinal);
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            problems.Add($"time: manifest '{expected}' is not a time but the reader found {item.CollectedAt}");
            return;
        }
        if (Math.Abs((time - item.CollectedAt.Value).TotalSeconds) >= 1) problems.Add($"time: manifest {time:O}, read {item.CollectedAt:O}");
    }

    private static double? Rate(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string Dict<T>(IEnumerable<KeyValuePair<string, T>> counts) =>
        string.Join(",", counts.Where(p => !Equals(p.Value, 0)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value}"));

    private static string? Normal(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
