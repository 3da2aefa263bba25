using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Judging;

/// <summary>Evidence collected after the instant a site is judged at cannot show a control working at that instant: it
/// is an error at the time it names (HPD461), it never counts toward a control's status, and its own status is never
/// fresh. There is no clock-skew allowance (the product contract names none): one second after is after. Fail closed.</summary>
public sealed class FutureEvidenceTests
{
    private const string Monthly = "controls:\n  - { id: CTL-A, title: A, owner: x, cadence: monthly, evidence: [\"audit/*\"] }\n";

    private static TempSite Site(params (string Name, string CollectedAt)[] files)
    {
        var site = new TempSite();
        site.File("hotpass-docs.yml", "title: T\nas_of: 2025-11-23T00:00:00Z\n").Page("index.md", "Home", extra: Monthly);
        foreach (var (name, collected) in files)
            site.File("evidence/audit/" + name, "a,b\n").File("evidence/audit/" + name + ".evidence.yaml", $"title: Export\ncollected_at: {collected}\n");
        return site;
    }

    [Fact]
    public void A_sidecar_time_one_second_after_as_of_is_an_error_at_that_time_and_the_control_has_nothing_usable()
    {
        using var site = Site(("late.csv", "2025-11-23T00:00:01Z"));

        var run = SiteModelLoader.Run(site.Root);

        Assert.Equal(
            "content/index.md(4,5): error HPD451: Control 'CTL-A' has no usable evidence: what matches proves nothing: 'audit/late' is dated 2025-11-23T00:00:01Z, after the as-of instant 2025-11-23T00:00:00Z\n" +
            "evidence/audit/late.csv.evidence.yaml(2,15): error HPD461: Evidence 'audit/late' was collected 2025-11-23T00:00:01Z, after the as-of instant 2025-11-23T00:00:00Z; it cannot count as fresh",
            TempSite.Lines(run.Diagnostics));
        Assert.Equal(1, run.ExitCode);
        var control = run.Site!.Governance.FindControl("CTL-A")!;
        Assert.Equal(ControlStatus.Missing, run.Site.Evidence.For(control).Status);
        var item = Assert.Single(run.Site.Evidence.ItemJudgements["audit/late.csv"]);
        Assert.Equal(ItemStatus.AfterAsOf, item.Status);
        Assert.Equal("file dated after as-of", item.StatusText);
        Assert.Null(item.Age);
    }

    [Fact]
    public void Collected_exactly_at_as_of_is_fresh()
    {
        using var site = Site(("now.csv", "2025-11-23T00:00:00Z"));
        var run = SiteModelLoader.Run(site.Root);
        Assert.Equal("", TempSite.Lines(run.Diagnostics));
        Assert.Equal(ControlStatus.Fresh, run.Site!.Evidence.For(run.Site.Governance.FindControl("CTL-A")!).Status);
    }

    /// <summary>A newer file from the future does not hide an older one that went stale: the control is judged on what
    /// existed at the instant.</summary>
    [Fact]
    public void A_future_file_never_makes_a_stale_control_fresh()
    {
        using var site = Site(("old.csv", "2025-09-01T00:00:00Z"), ("new.csv", "2026-01-01T00:00:00Z"));

        var run = SiteModelLoader.Run(site.Root);

        Assert.Equal(ControlStatus.Stale, run.Site!.Evidence.For(run.Site.Governance.FindControl("CTL-A")!).Status);
        Assert.Contains(run.Diagnostics, d => d.ToString().StartsWith("content/index.md(4,5): error HPD450: Control 'CTL-A' has stale evidence: newest matching evidence 'audit/old'", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.ToString().StartsWith("evidence/audit/new.csv.evidence.yaml(2,15): error HPD461", StringComparison.Ordinal));
        Assert.Equal(ItemStatus.AfterAsOf, Assert.Single(run.Site.Evidence.ItemJudgements["audit/new.csv"]).Status);
    }

    /// <summary>A report's own time (no sidecar) is located at the file; downgrading the code does not make the file count.</summary>
    [Fact]
    public void A_reports_own_future_timestamp_is_reported_at_the_file_and_downgrading_it_changes_no_status()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "title: T\nas_of: 2025-11-23T00:00:00Z\ndiagnostics: { HPD461: warning }\n")
            .Page("index.md", "Home", extra: "controls:\n  - { id: CTL-T, title: T, owner: x, cadence: weekly, evidence: [\"ci/*\"] }\n")
            .File("evidence/ci/tests.xml", "<testsuites><testsuite name=\"s\" timestamp=\"2025-12-01T10:00:00\"><testcase name=\"a\"/></testsuite></testsuites>");

        var result = site.Build();

        Assert.Equal(
            "content/index.md(4,5): error HPD451: Control 'CTL-T' has no usable evidence: what matches proves nothing: 'ci/tests' is dated 2025-12-01T10:00:00Z, after the as-of instant 2025-11-23T00:00:00Z\n" +
            "evidence/ci/tests.xml: warning HPD461: Evidence 'ci/tests' was collected 2025-12-01T10:00:00Z, after the as-of instant 2025-11-23T00:00:00Z; it cannot count as fresh",
            TempSite.Lines(result.Diagnostics));
        Assert.Equal(1, result.ExitCode);
    }

    /// <summary>The evidence page's badge says what the model says: the file is not fresh.</summary>
    [Fact]
    public void The_evidence_page_never_shows_a_future_file_as_fresh()
    {
        using var site = Site(("old.csv", "2025-11-20T00:00:00Z"), ("new.csv", "2025-12-01T00:00:00Z"));
        site.File("hotpass-docs.yml", "title: T\nas_of: 2025-11-23T00:00:00Z\ndiagnostics: { HPD461: warning }\n");

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        var page = site.Read("evidence/audit/new.csv.html");
        Assert.Contains("file dated after as-of", page, StringComparison.Ordinal);
        Assert.DoesNotContain("file fresh", page, StringComparison.Ordinal);
        Assert.Contains("file fresh", site.Read("evidence/audit/old.csv.html"), StringComparison.Ordinal);
    }
}
