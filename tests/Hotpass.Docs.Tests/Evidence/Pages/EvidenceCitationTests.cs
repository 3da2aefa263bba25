using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Pages;

/// <summary>An evidence page's citations: each links to the control's own page through the site's one URL encoding,
/// and the page's badge is the file's own status, judged from its own date, never the citing control's status.</summary>
public sealed class EvidenceCitationTests
{
    private const string Control = "controls:\n  - { id: CTL-M, title: Monthly, cadence: monthly, evidence: [\"logs/*\"] }\n";

    [Fact]
    public void A_control_declared_on_a_page_whose_name_needs_encoding_links_to_its_own_page()
    {
        using var site = new TempSite()
            .Page("index.md", "Home")
            .Page("governance/x#y.md", "X", extra: Control)
            .File("evidence/logs/a.csv", "t\n1\n")
            .File("evidence/logs/a.csv.evidence.yaml", "collected_at: 2025-11-20T00:00:00Z\n");
        var result = site.Build();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        var page = site.Read("evidence/logs/a.csv.html");
        Assert.Contains("<a href=\"../../governance/controls/CTL-M.html\">CTL-M</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("x#y", page, StringComparison.Ordinal);
    }

    [Theory]
    // 88 days old on a monthly cadence: the file is stale, though the control is fresh from a newer file.
    [InlineData("2025-08-27T00:00:00Z", "file stale", "stale")]
    // 26 days old: the file is in the last fifth of its month.
    [InlineData("2025-10-28T00:00:00Z", "file due", "due")]
    public void The_badge_is_the_files_own_status_not_its_controls(string collected, string words, string badge)
    {
        using var site = new TempSite()
            .Page("index.md", "Home")
            .Page("governance/c.md", "C", extra: Control)
            .File("evidence/logs/old.csv", "t\n1\n")
            .File("evidence/logs/old.csv.evidence.yaml", $"collected_at: {collected}\n")
            .File("evidence/logs/new.csv", "t\n2\n")
            .File("evidence/logs/new.csv.evidence.yaml", "collected_at: 2025-11-20T00:00:00Z\n");
        var result = site.Build(asOf: "2025-11-23T00:00:00Z");
        Assert.Equal("", TempSite.Lines(result.Diagnostics));

        var old = site.Read("evidence/logs/old.csv.html");
        Assert.Contains($"<p class=\"lede\"><span class=\"status-badge status-{badge}\">{words}</span>", old, StringComparison.Ordinal);
        // The citation row says both: the control is fresh (its newest file is three days old), this file is not.
        Assert.Contains("<td><span class=\"status-badge status-fresh\">fresh</span></td><td><span class=\"status-badge status-" + badge + "\">" + words + "</span></td>",
            old, StringComparison.Ordinal);
        var index = site.Read("evidence/index.html");
        Assert.Contains($"<span class=\"status-badge status-{badge}\">{words}</span>", index, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status-badge status-fresh\">file fresh</span>", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_stale_date_is_past_never_shows_fresh()
    {
        using var site = new TempSite()
            .Page("index.md", "Home")
            .Page("governance/c.md", "C", extra: Control)
            .File("evidence/logs/old.csv", "t\n1\n")
            .File("evidence/logs/old.csv.evidence.yaml", "collected_at: 2025-01-01T00:00:00Z\n")
            .File("evidence/logs/new.csv", "t\n2\n")
            .File("evidence/logs/new.csv.evidence.yaml", "collected_at: 2025-11-22T00:00:00Z\n");
        Assert.Equal(0, site.Build().ExitCode);
        var old = site.Read("evidence/logs/old.csv.html");
        Assert.DoesNotContain(">file fresh<", old, StringComparison.Ordinal);
        Assert.Contains(">file stale<", old, StringComparison.Ordinal);
    }
}
