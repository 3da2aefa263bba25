using System.Globalization;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Facts;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>Each format's reader on a real file (copied from the corpus, see Fixtures/Evidence/corpus/NOTICE.md):
/// recognised from content, exact facts, time and commit.</summary>
public sealed class EvidenceReaderTests
{
    private static string Describe(EvidenceItem item) =>
        string.Join(" | ",
            item.Kind.ToString(),
            item.Format.ToString(),
            item.CollectedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "no time",
            item.Commit ?? "no commit",
            string.Join(", ", item.FactValues.Where(f => !(f.Key.StartsWith("vulnerabilities_", StringComparison.Ordinal) && f.Value.Number == 0))
                .Select(f => $"{f.Key}={f.Value}")));

    [Theory]
    [InlineData("pom-cyclonedx.json",
        "Sbom | CycloneDX JSON 1.6 | 2021-08-25T12:20:30Z | no commit | components=3, licenses=0, services=0, subject=testdata/fixtures/repo/pom, vulnerabilities=2, vulnerabilities_critical=1, vulnerabilities_high=1")]
    [InlineData("valid-vulnerability-1.6.xml",
        "Sbom | CycloneDX XML 1.6 | no time | no commit | components=1, licenses=0, services=0, vulnerabilities=1, vulnerabilities_critical=1")]
    [InlineData("software__example8__spdx2.3__examplemaven-0.0.1.spdx.json",
        "Sbom | SPDX JSON SPDX-2.3 | 2022-10-23T15:44:16Z | no commit | components=6, licenses=2, services=0, subject=examplemaven, subject_version=0.0.1, vulnerabilities=0")]
    [InlineData("SPDXLite.spdx",
        "Sbom | SPDX tag-value SPDX-2.2 | 2021-04-05T01:23:45Z | no commit | components=1, licenses=1, services=0, subject=example-v1.0, vulnerabilities=0")]
    [InlineData("enricomi__pytest__junit.fail.xml",
        "TestRun | JUnit XML pytest | 2020-09-04T16:18:04Z | no commit | duration_seconds=2.481, tests_errors=0, tests_failed=1, tests_passed=3, tests_skipped=1, tests_total=5")]
    [InlineData("dorny__jest-junit.xml",
        "TestRun | JUnit XML jest | 2020-10-27T21:39:41Z | no commit | duration_seconds=1.36, tests_errors=0, tests_failed=4, tests_passed=1, tests_skipped=1, tests_total=6")]
    [InlineData("go-junit-report__001-report.xml",
        "TestRun | JUnit XML go | 2022-01-01T00:00:00Z | no commit | duration_seconds=0.461, tests_errors=0, tests_failed=1, tests_passed=2, tests_skipped=2, tests_total=5")]
    [InlineData("dorny__dotnet-trx.trx",
        "TestRun | TRX | 2021-04-20T06:31:33Z | no commit | duration_seconds=1.1157, tests_errors=0, tests_failed=5, tests_passed=5, tests_skipped=1, tests_total=11")]
    [InlineData("dorny__dotnet-nunit.xml",
        "TestRun | NUnit XML 3 | 2021-06-28T20:23:41Z | no commit | duration_seconds=0.2303, tests_errors=2, tests_failed=5, tests_passed=3, tests_skipped=1, tests_total=9")]
    [InlineData("enricomi__jenkinsci__testcase1.xml",
        "TestRun | xUnit.net XML 2 | 2014-12-18T14:34:32Z | no commit | duration_seconds=0.288, tests_errors=0, tests_failed=1, tests_passed=1, tests_skipped=1, tests_total=3")]
    [InlineData("sarif-sdk__elfie-arriba.sarif",
        "StaticAnalysis | SARIF 2.1.0 | 2019-05-28T21:49:21Z | no commit | sarif_errors=3, sarif_notes=0, sarif_results=4, sarif_runs=1, sarif_suppressed=1, sarif_warnings=1, tool=Microsoft.CodeAnalysis.Sarif.PatternMatcher 1.2.1.0")]
    [InlineData("gcovr__simple.cobertura.xml",
        "Coverage | Cobertura XML | 2026-01-13T19:59:15Z | no commit | coverage_branch=50, coverage_line=63.64")]
    [InlineData("lcov-parse__parts.info",
        "Coverage | lcov | no time | no commit | coverage_branch=95.65, coverage_line=82.89")]
    [InlineData("gh-enhance__rest-run-23697822330.json",
        "CiRun | GitHub Actions run JSON REST run | 2026-03-29T00:37:29Z | d82ae227ff9be0f7c4215acaa931047f7fdfd9c5 | conclusion=failure, duration_seconds=7, jobs=0, jobs_failed=0, status=completed, workflow=dependabot-sync")]
    [InlineData("guac__oci-dsse-att.json",
        "Provenance | in-toto statement https://slsa.dev/provenance/v0.2 | 2022-12-20T14:09:36Z | no commit | builder=https://tekton.dev/chains/v2, predicate_type=https://slsa.dev/provenance/v0.2, subjects=1")]
    [InlineData("slsa-verifier__gha_go__v2.1.0__binary-linux-amd64-push-v14.intoto.jsonl",
        "Provenance | in-toto statement https://slsa.dev/provenance/v0.2 | 2025-02-25T21:12:17Z | 4d329c75e7ec1725f7c9ce917a8799d408d06be3 | builder=https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml@refs/tags/v2.1.0, predicate_type=https://slsa.dev/provenance/v0.2, subjects=1")]
    public void Real_file_reads_as_its_format_with_exact_facts(string file, string expected)
    {
        var (item, _) = EvidenceRun.File(EvidenceRun.Fixture("corpus/" + file));
        Assert.NotNull(item);
        Assert.Equal(expected, Describe(item));
    }

    [Fact]
    public void Format_comes_from_content_not_from_the_file_name()
    {
        var bytes = File.ReadAllBytes(EvidenceRun.Fixture("corpus/dorny__jest-junit.xml"));
        var (item, _) = EvidenceRun.Bytes(bytes, "reports/looks-like-an-sbom.cdx.json");
        Assert.Equal(EvidenceKind.TestRun, item!.Kind);
        Assert.Equal("reports/looks-like-an-sbom.cdx", item.Id);
    }

    [Fact]
    public void Item_has_the_sha256_and_size_of_its_bytes()
    {
        var path = EvidenceRun.Fixture("corpus/SPDXLite.spdx");
        var (item, _) = EvidenceRun.File(path);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), item!.Sha256);
        Assert.Equal(bytes.Length, item.Size);
        Assert.Equal("SPDXLite", item.Id);
    }

    [Fact]
    public void Failing_test_names_are_kept_in_report_order()
    {
        var (item, _) = EvidenceRun.File(EvidenceRun.Fixture("corpus/enricomi__pytest__junit.fail.xml"));
        var facts = Assert.IsType<TestRunFacts>(item!.Facts);
        Assert.Equal(["test.test_spark.SparkTests.test_rsh_events"], facts.FailingTests);
    }

    [Fact]
    public void Sarif_results_are_counted_by_effective_level_and_rule()
    {
        var (item, _) = EvidenceRun.File(EvidenceRun.Fixture("corpus/sarif-sdk__elfie-arriba.sarif"));
        var facts = Assert.IsType<StaticAnalysisFacts>(item!.Facts);
        Assert.Equal("error:3, warning:1", string.Join(", ", facts.ByLevel.Select(p => $"{p.Key}:{p.Value}")));
        Assert.Equal(4, facts.ByRule.Values.Sum());
    }

    [Fact]
    public void Sarif_level_defaults_follow_the_rule_then_warning_and_kind()
    {
        const string log = """
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t","rules":[{"id":"R1","defaultConfiguration":{"level":"error"}},{"id":"R2"}]}},
              "invocations":[{"endTimeUtc":"2025-11-20T06:00:00Z"}],
              "results":[{"ruleId":"R1"},{"ruleIndex":1},{"ruleId":"R1","level":"note"},{"ruleId":"R1","kind":"pass"}]}]}
            """;
        var (item, diagnostics) = EvidenceRun.Text(log, "scan.sarif");
        Assert.Empty(diagnostics);
        var facts = Assert.IsType<StaticAnalysisFacts>(item!.Facts);
        Assert.Equal("error:1, none:1, note:1, warning:1", string.Join(", ", facts.ByLevel.Select(p => $"{p.Key}:{p.Value}")));
    }

    [Fact]
    public void Gh_run_view_json_gives_workflow_conclusion_duration_and_commit()
    {
        const string run = """
            {"conclusion":"success","createdAt":"2025-10-28T09:14:02Z","databaseId":18875044612,"event":"pull_request",
             "headSha":"3f2c1b9e8d7a6c5b4a3f2e1d0c9b8a7f6e5d4c3b","startedAt":"2025-10-28T09:14:05Z","status":"completed",
             "updatedAt":"2025-10-28T09:14:25Z","url":"https://github.com/IAmJonoBo/Hotpass/actions/runs/18875044612","workflowName":"commitlint"}
            """;
        var (item, diagnostics) = EvidenceRun.Text(run, "ci/commitlint.json");
        Assert.Empty(diagnostics);
        Assert.Equal("CiRun | GitHub Actions run JSON gh run view | 2025-10-28T09:14:25Z | 3f2c1b9e8d7a6c5b4a3f2e1d0c9b8a7f6e5d4c3b | conclusion=success, duration_seconds=20, jobs=0, jobs_failed=0, status=completed, workflow=commitlint",
            Describe(item!));
        Assert.Equal("https://github.com/IAmJonoBo/Hotpass/actions/runs/18875044612", item!.SourceUrl);
    }
}
