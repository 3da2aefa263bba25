using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Model.Governance;

/// <summary>Waivers end to end: declared in front matter beside the control, in force from approval until (not
/// including) the expiry instant, judged at --as-of; shown on the control page, the matrix and its exports, and a
/// waivers page; refused when they never end, run too long, or name something undeclared.</summary>
public sealed class WaiverTests
{
    private const string Control = "controls:\n  - { id: CTL-A, title: Audit export, owner: Data, cadence: monthly, evidence: [\"audit/*\"] }\n";

    private static string Waiver(string fields = "control: CTL-A", string expires = "2025-12-01", string approved = "2025-11-01") =>
        $"waivers:\n  - {{ {fields}, reason: Export job moved to the new cluster, owner: Data, approver: CISO, approved_on: {approved}{(expires.Length > 0 ? ", expires: " + expires : "")} }}\n";

    private static TempSite Site(string waivers, string config = "")
    {
        var site = new TempSite();
        site.File("hotpass-docs.yml", "title: T\n" + config)
            .Page("index.md", "Home", extra: Control + waivers)
            .File("evidence/audit/export.csv", "a,b\n")
            .File("evidence/audit/export.csv.evidence.yaml", "title: Export\ncollected_at: 2025-09-01T00:00:00Z\n");
        return site;
    }

    private static string StatusIn(TempSite site, string control)
    {
        using var json = JsonDocument.Parse(site.Read("matrix.json"));
        return json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("control").GetString() == control).GetProperty("status").GetString()!;
    }

    [Fact]
    public void A_waiver_passes_the_day_before_it_expires_and_fails_the_day_after()
    {
        using var site = Site(Waiver());

        var before = site.Build(asOf: "2025-11-30T00:00:00Z");

        Assert.Equal(0, before.ExitCode);
        var warning = Assert.Single(before.Diagnostics);
        Assert.Equal("content/index.md(4,5): warning HPD354: Control 'CTL-A' is waived until 2025-12-01 00:00 UTC: Export job moved to the new cluster " +
            "(owner Data, approved by CISO on 2025-11-01); without the waiver: newest matching evidence 'audit/export' was collected 2025-09-01 00:00 UTC, " +
            "90 days old; its monthly cadence made it stale at 2025-10-01 00:00 UTC", warning.ToString());
        Assert.Equal("waived", StatusIn(site, "CTL-A"));
        Assert.Contains("\"CTL-A\",\"Audit export\",\"monthly\",\"\",\"\",\"audit/*\",\"waived\"", site.Read("matrix.csv"), StringComparison.Ordinal);
        var page = site.Read("governance/controls/CTL-A.html");
        Assert.Contains("<p class=\"status status-waived\">Waived until 2025-12-01 00:00 UTC: Export job moved", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status status-waived\">waived</span>", site.Read("governance/matrix.html"), StringComparison.Ordinal);
        var waivers = site.Read("governance/waivers.html");
        Assert.Contains("<span class=\"status status-waived\">in force</span>", waivers, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2025-12-01T00:00:00Z\">2025-12-01 00:00 UTC</time>", waivers, StringComparison.Ordinal);

        var after = site.Build(asOf: "2025-12-02T00:00:00Z");

        Assert.Equal(1, after.ExitCode);
        Assert.Equal(
            "content/index.md(4,5): error HPD450: Control 'CTL-A' has stale evidence: newest matching evidence 'audit/export' was collected 2025-09-01 00:00 UTC, 92 days old; its monthly cadence made it stale at 2025-10-01 00:00 UTC\n" +
            "content/index.md(6,5): warning HPD355: Waiver of 'CTL-A' expired at 2025-12-01 00:00 UTC; the control is judged as if unwaived",
            TempSite.Lines(after.Diagnostics));
    }

    /// <summary>The expiry instant itself counts as expired, as a cadence's boundary counts as stale.</summary>
    [Fact]
    public void At_the_expiry_instant_the_control_is_judged_as_if_unwaived()
    {
        using var site = Site(Waiver(expires: "2025-12-01T09:30:00+02:00"));
        var result = site.Build(write: false, asOf: "2025-12-01T07:30:00Z");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Descriptor.Code == "HPD450");
        Assert.Contains(result.Diagnostics, d => d.ToString().EndsWith("HPD355: Waiver of 'CTL-A' expired at 2025-12-01 07:30 UTC; the control is judged as if unwaived", StringComparison.Ordinal));
    }

    [Fact]
    public void A_waiver_approved_after_the_as_of_instant_is_not_yet_in_force()
    {
        using var site = Site(Waiver(approved: "2025-11-25", expires: "2025-12-20"), "diagnostics: { HPD450: warning }\n");
        var result = site.Build(asOf: "2025-11-23T00:00:00Z");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("HPD450", Assert.Single(result.Diagnostics).Descriptor.Code);
        Assert.Equal("stale", StatusIn(site, "CTL-A"));
        Assert.Contains("<span class=\"status status-unknown\">not yet in force</span>", site.Read("governance/waivers.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("control: CTL-A", "", "content/index.md(6,5): error HPD352: Waiver of 'CTL-A' has no 'expires': every waiver must end")]
    [InlineData("control: CTL-A", "2026-03-01", "content/index.md(6,131): error HPD353: Waiver of 'CTL-A' runs from 2025-11-01T00:00:00Z to 2026-03-01T00:00:00Z, longer than governance.max_waiver P90D allows (until 2026-01-30T00:00:00Z at most)")]
    [InlineData("control: CTL-A", "2025-10-01", "content/index.md(6,131): error HPD309: Waiver of 'CTL-A' field 'expires' must come after approved_on (2025-11-01T00:00:00Z)")]
    [InlineData("control: CTL-A", "next week", "content/index.md(6,131): error HPD309: Waiver of 'CTL-A' field 'expires' must be a day (yyyy-MM-dd, read as 00:00 UTC) or a timestamp with a zone (2025-12-01T09:00:00Z)")]
    [InlineData("control: CTL-AA", "2025-12-01", "content/index.md(6,16): error HPD350: Waiver names control 'CTL-AA', which is not declared anywhere; did you mean 'CTL-A'?")]
    [InlineData("control: CTL-A, expect: tests_failed", "2025-12-01", "content/index.md(6,31): error HPD351: Waiver of 'CTL-A' names expect condition 'tests_failed', which the control does not have; it has no expect conditions")]
    public void A_waiver_that_never_ends_runs_too_long_or_names_nothing_is_an_error_and_waives_nothing(string fields, string expires, string expected)
    {
        using var site = Site(Waiver(fields, expires));
        var result = site.Build(write: false, asOf: "2025-11-30T00:00:00Z");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, TempSite.Lines(result.Diagnostics), StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Descriptor.Code == "HPD450");
        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Code == "HPD354");
    }

    [Fact]
    public void Governance_max_waiver_sets_the_longest_a_waiver_may_run()
    {
        using var site = Site(Waiver(expires: "2026-03-01"), "governance:\n  max_waiver: P180D\n");
        var result = site.Build(write: false, asOf: "2025-11-30T00:00:00Z");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("HPD354", Assert.Single(result.Diagnostics).Descriptor.Code);
    }

    /// <summary>A condition's waiver covers that condition only: the control is waived while it alone is broken.</summary>
    [Fact]
    public void A_waiver_of_one_expect_condition_covers_that_condition_only()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "title: T\n")
            .Page("index.md", "Home", extra:
                "controls:\n  - { id: CTL-T, title: Tests, cadence: weekly, evidence: [\"ci/*\"], expect: { tests_failed: 0, tests_skipped_max: 0 } }\n" +
                "waivers:\n  - { control: CTL-T, expect: tests_failed, reason: Flaky upstream test quarantined, owner: QA, approver: Head of QA, approved_on: 2025-11-20, expires: 2025-12-04 }\n")
            .File("evidence/ci/tests.xml", "<testsuites><testsuite name=\"s\" timestamp=\"2025-11-22T10:00:00\"><testcase name=\"a\"/><testcase name=\"b\"><failure message=\"x\"/></testcase></testsuite></testsuites>");

        var waived = site.Build(write: false);

        Assert.Equal(0, waived.ExitCode);
        Assert.StartsWith("content/index.md(4,5): warning HPD354: Control 'CTL-T' is waived until 2025-12-04 00:00 UTC: Flaky upstream test quarantined",
            TempSite.Lines(waived.Diagnostics), StringComparison.Ordinal);

        site.File("evidence/ci/tests.xml", "<testsuites><testsuite name=\"s\" timestamp=\"2025-11-22T10:00:00\"><testcase name=\"a\"><skipped/></testcase><testcase name=\"b\"><failure message=\"x\"/></testcase></testsuite></testsuites>");
        var failing = site.Build(write: false);

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("error HPD452: Control 'CTL-T' evidence fails its expect: 'ci/tests': tests_skipped is 1, expected at most 0", TempSite.Lines(failing.Diagnostics), StringComparison.Ordinal);
    }
}
