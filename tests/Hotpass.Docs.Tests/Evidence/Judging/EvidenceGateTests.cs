using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Judging;

/// <summary>A small site's controls judged end to end: each status, its boundary, and the exit code it gives.</summary>
public sealed class EvidenceGateTests
{
    private const string AsOf = "2025-11-23T00:00:00Z";

    private static TempSite Site(string control, params (string Path, string CollectedAt)[] files)
    {
        var site = new TempSite().Page("governance/controls.md", "Controls", extra: "controls:\n" + control);
        foreach (var (path, collected) in files)
            site.File("evidence/" + path, "an export\n").File("evidence/" + path + ".evidence.yaml", $"collected_at: {collected}\n");
        return site;
    }

    private const string Weekly = "  - id: CTL-W\n    title: Weekly\n    cadence: weekly\n    evidence: [\"logs/*\"]\n";

    private static (int Exit, string Lines, ControlStatus? Status) Judge(TempSite site, string? commit = null)
    {
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, AsOf: AsOf, WriteSite: false, Commit: commit));
        var ours = result.Diagnostics.Where(d => string.CompareOrdinal(d.Descriptor.Code, "HPD450") >= 0 && string.CompareOrdinal(d.Descriptor.Code, "HPD479") <= 0);
        return (result.ExitCode, TempSite.Lines(ours), null);
    }

    [Fact]
    public void Evidence_within_its_cadence_is_fresh_and_the_build_passes()
    {
        using var site = Site(Weekly, ("logs/a.txt", "2025-11-18T12:00:00Z"));
        Assert.Equal((0, ""), Pick(Judge(site)));
    }

    [Fact]
    public void Evidence_in_the_last_fifth_of_its_cadence_is_due_a_warning()
    {
        // 7 days × 0.8 = 5.6 days: collected 5.6 days before the as-of instant is due exactly at the boundary.
        using var site = Site(Weekly, ("logs/a.txt", "2025-11-17T09:36:00Z"));
        Assert.Equal((0, "content/governance/controls.md(4,5): warning HPD453: Control 'CTL-W' evidence is due: newest matching evidence 'logs/a' was collected 2025-11-17 09:36 UTC, 5.6 days old; it goes stale at 2025-11-24 09:36 UTC"),
            Pick(Judge(site)));
    }

    [Fact]
    public void Evidence_exactly_one_cadence_old_is_stale_and_fails_the_build()
    {
        using var site = Site(Weekly, ("logs/a.txt", "2025-11-16T00:00:00Z"));
        Assert.Equal((1, "content/governance/controls.md(4,5): error HPD450: Control 'CTL-W' has stale evidence: newest matching evidence 'logs/a' was collected 2025-11-16 00:00 UTC, 7 days old; its weekly cadence made it stale at 2025-11-23 00:00 UTC"),
            Pick(Judge(site)));
    }

    [Fact]
    public void Moving_evidence_one_day_past_its_cadence_turns_exit_0_into_exit_1()
    {
        using var fresh = Site(Weekly, ("logs/a.txt", "2025-11-17T00:00:01Z"));
        using var late = Site(Weekly, ("logs/a.txt", "2025-11-15T00:00:00Z"));
        Assert.Equal(0, Judge(fresh).Exit);
        Assert.Equal(1, Judge(late).Exit);
    }

    [Fact]
    public void The_newest_matching_item_is_judged()
    {
        using var site = Site(Weekly, ("logs/old.txt", "2025-10-01T00:00:00Z"), ("logs/new.txt", "2025-11-22T00:00:00Z"));
        Assert.Equal((0, ""), Pick(Judge(site)));
    }

    [Fact]
    public void A_pattern_matching_nothing_is_reported_and_the_control_is_missing()
    {
        using var site = Site(Weekly.Replace("logs/*", "logz/*", StringComparison.Ordinal), ("logs/a.txt", "2025-11-22T00:00:00Z"));
        Assert.Equal((1, string.Join("\n",
            "content/governance/controls.md(4,5): error HPD451: Control 'CTL-W' has no usable evidence: no evidence file matches 'logz/*'",
            "content/governance/controls.md(7,16): warning HPD455: Control 'CTL-W' evidence 'logz/*' matches no evidence file",
            "evidence/logs/a.txt: warning HPD454: Evidence 'logs/a' is cited by no control")), Pick(Judge(site)));
    }

    [Fact]
    public void Controls_citing_the_same_patterns_are_each_judged_and_each_reported_at_their_own_entry()
    {
        // Each distinct entry is matched once for the whole site; every control citing it still gets its own verdict
        // and its own diagnostics, at its own line.
        const string controls =
            "  - { id: CTL-A, title: A, cadence: weekly, evidence: [\"logs/*\", \"logz/*\", \"../up\"] }\n" +
            "  - { id: CTL-B, title: B, cadence: weekly, evidence: [\"logs/*\", \"logz/*\", \"../up\"] }\n" +
            "  - { id: CTL-C, title: C, cadence: weekly, evidence: [\"logz/*\"] }\n";
        using var site = Site(controls, ("logs/a.txt", "2025-11-22T00:00:00Z"), ("logs/b.txt", "2025-11-21T00:00:00Z"));
        Assert.Equal((1, string.Join("\n",
            "content/governance/controls.md(4,66): warning HPD455: Control 'CTL-A' evidence 'logz/*' matches no evidence file",
            "content/governance/controls.md(4,76): error HPD456: Control 'CTL-A' evidence '../up' climbs out of evidence/ with '..'",
            "content/governance/controls.md(5,66): warning HPD455: Control 'CTL-B' evidence 'logz/*' matches no evidence file",
            "content/governance/controls.md(5,76): error HPD456: Control 'CTL-B' evidence '../up' climbs out of evidence/ with '..'",
            "content/governance/controls.md(6,5): error HPD451: Control 'CTL-C' has no usable evidence: no evidence file matches 'logz/*'",
            "content/governance/controls.md(6,56): warning HPD455: Control 'CTL-C' evidence 'logz/*' matches no evidence file")), Pick(Judge(site)));
    }

    [Theory]
    [InlineData("../secrets/*", "climbs out of evidence/ with '..'")]
    [InlineData("/etc/*", "is absolute; it must be relative to evidence/")]
    public void A_pattern_leaving_the_evidence_folder_is_an_error(string pattern, string problem)
    {
        using var site = Site(Weekly.Replace("logs/*", pattern, StringComparison.Ordinal), ("logs/a.txt", "2025-11-22T00:00:00Z"));
        Assert.Contains($"content/governance/controls.md(7,16): error HPD456: Control 'CTL-W' evidence '{pattern}' {problem}", Judge(site).Lines, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_test_report_counts_as_missing()
    {
        using var site = new TempSite().Page("governance/controls.md", "Controls", extra: "controls:\n" + Weekly.Replace("logs/*", "tests/*", StringComparison.Ordinal))
            .File("evidence/tests/run.xml", "<testsuite name=\"s\" tests=\"0\" timestamp=\"2025-11-22T00:00:00Z\"></testsuite>");
        Assert.Contains("error HPD451: Control 'CTL-W' has no usable evidence: what matches proves nothing: 'tests/run' is a test report with no tests", Judge(site).Lines, StringComparison.Ordinal);
    }

    private const string Tests = "  - id: CTL-T\n    title: Tests\n    cadence: weekly\n    evidence: [\"tests/*\"]\n    expect:\n      tests_failed: 0\n";

    private static TempSite TestSite(string expect, int failures) => new TempSite()
        .Page("governance/controls.md", "Controls", extra: "controls:\n" + Tests.Replace("      tests_failed: 0\n", expect, StringComparison.Ordinal))
        .File("evidence/tests/run.xml", "<testsuite name=\"s\" timestamp=\"2025-11-22T00:00:00Z\"><testcase name=\"a\"/><testcase name=\"b\"/>"
            + string.Concat(Enumerable.Range(0, failures).Select(i => $"<testcase name=\"f{i}\"><failure message=\"x\"/></testcase>")) + "</testsuite>");

    [Fact]
    public void Fresh_evidence_breaking_its_expect_is_failing()
    {
        using var site = TestSite("      tests_failed: 0\n", 1);
        Assert.Equal((1, "content/governance/controls.md(4,5): error HPD452: Control 'CTL-T' evidence fails its expect: 'tests/run': tests_failed is 1, expected 0"), Pick(Judge(site)));
    }

    [Fact]
    public void Expect_min_and_max_compare_numbers()
    {
        using var pass = TestSite("      tests_total_min: 3\n      tests_failed_max: 1\n", 1);
        using var fail = TestSite("      tests_total_min: 4\n", 1);
        Assert.Equal((0, ""), Pick(Judge(pass)));
        Assert.Contains("'tests/run': tests_total is 3, expected at least 4", Judge(fail).Lines, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_fact_name_is_reported_at_the_control_with_a_suggestion()
    {
        using var site = TestSite("      tests_faild: 0\n", 0);
        Assert.Equal((1, "content/governance/controls.md(9,7): error HPD457: Control 'CTL-T' expect names unknown fact 'tests_faild'; did you mean 'tests_failed'?"), Pick(Judge(site)));
    }

    [Fact]
    public void A_fact_no_matching_item_reports_breaks_the_condition()
    {
        using var site = TestSite("      coverage_line_min: 80\n", 0);
        Assert.Contains("error HPD452: Control 'CTL-T' evidence fails its expect: no matching evidence reports coverage_line (expect coverage_line_min: 80)", Judge(site).Lines, StringComparison.Ordinal);
    }

    private const string PerBuild = "  - id: CTL-B\n    title: Build\n    cadence: per-build\n    evidence: [\"sbom/*\"]\n";
    private const string Sha = "84e9292b8b31f3c1fcf4fdc3f319804a41ef9883";

    [Fact]
    public void Per_build_evidence_must_carry_the_commit_being_built()
    {
        using var site = new TempSite().Page("governance/controls.md", "Controls", extra: "controls:\n" + PerBuild)
            .File("evidence/sbom/a.txt", "x").File("evidence/sbom/a.txt.evidence.yaml", $"collected_at: 2025-01-01T00:00:00Z\ncommit: {Sha}\n");
        Assert.Equal((0, ""), Pick(Judge(site, Sha)));
        Assert.Equal((1, "content/governance/controls.md(4,5): error HPD450: Control 'CTL-B' has stale evidence: its per-build cadence needs evidence from commit 000000000000; newest matching 'sbom/a' is from commit 84e9292b8b31"),
            Pick(Judge(site, new string('0', 40))));
    }

    [Fact]
    public void Evidence_no_control_cites_is_a_warning()
    {
        using var site = Site(Weekly, ("logs/a.txt", "2025-11-22T00:00:00Z")).File("evidence/other/b.txt", "x")
            .File("evidence/other/b.txt.evidence.yaml", "collected_at: 2025-11-22T00:00:00Z\n");
        Assert.Equal((0, "evidence/other/b.txt: warning HPD454: Evidence 'other/b' is cited by no control"), Pick(Judge(site)));
    }

    [Fact]
    public void A_table_column_may_hold_expect_conditions()
    {
        const string page = "---\ntitle: Controls\ngovernance_tables:\n  - heading: Controls\n    holds: controls\n    id_column: ID\n"
            + "    columns:\n      Title: title\n      Evidence: evidence\n      Cadence: cadence\n      Expect: expect\n---\n## Controls\n\n"
            + "| ID | Title | Evidence | Cadence | Expect |\n| --- | --- | --- | --- | --- |\n"
            + "| CTL-T | Tests | `tests/*` | Weekly | `tests_failed: 0`; `tests_total_min: 3` |\n";
        using var site = new TempSite().File("content/governance/controls.md", page)
            .File("evidence/tests/run.xml", "<testsuite name=\"s\" timestamp=\"2025-11-22T00:00:00Z\"><testcase name=\"a\"/><testcase name=\"b\"><failure/></testcase></testsuite>");
        Assert.Equal((1, "content/governance/controls.md(17,1): error HPD452: Control 'CTL-T' evidence fails its expect: 'tests/run': tests_failed is 1, expected 0; 'tests/run': tests_total is 2, expected at least 3"),
            Pick(Judge(site)));
    }

    private static (int, string) Pick((int Exit, string Lines, ControlStatus? _) r) => (r.Exit, r.Lines);
}
