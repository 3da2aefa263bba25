using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Governance.Read;

/// <summary>Fail closed on cadence: a control that cites evidence has a cadence of its own or the site's
/// <c>governance.default_cadence</c>; without either it is an error (HPD313), and even with that error quietened its
/// year-old evidence is judged stale, never fresh.</summary>
public sealed class DefaultCadenceTests
{
    private static TempSite Site(string config) => new TempSite()
        .File("hotpass-docs.yml", config)
        .Page("index.md", "Home")
        .Page("governance/c.md", "C", extra: "controls:\n  - { id: CTL-A, title: A, evidence: [\"logs/*\"] }\n")
        .File("evidence/logs/a.csv", "t\n1\n")
        .File("evidence/logs/a.csv.evidence.yaml", "collected_at: 2024-11-01T00:00:00Z\n");

    [Fact]
    public void A_control_citing_evidence_without_a_cadence_fails_the_build()
    {
        using var site = Site("title: T\n");
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/governance/c.md(4,38): error HPD313: Control 'CTL-A' cites evidence but has no cadence", TempSite.Lines(result.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_error_quietened_its_old_evidence_is_still_stale_never_fresh()
    {
        using var site = Site("title: T\ndiagnostics: { HPD313: none }\n");
        var result = site.Build(write: false);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error HPD450: Control 'CTL-A'", TempSite.Lines(result.Diagnostics), StringComparison.Ordinal);
        Assert.Contains("it has no cadence", TempSite.Lines(result.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_default_cadence_judges_a_control_that_names_none()
    {
        using var site = Site("title: T\ngovernance:\n  default_cadence: yearly\n");
        site.File("evidence/logs/a.csv.evidence.yaml", "collected_at: 2025-11-01T00:00:00Z\n");
        var result = site.Build();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        Assert.Contains("\"cadence\": \"yearly\"", site.Read("matrix.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_cadence_that_is_not_one_is_a_configuration_error()
    {
        using var site = Site("title: T\ngovernance:\n  default_cadence: now and then\n");
        var result = site.Build(write: false);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("governance.default_cadence", TempSite.Lines(result.Diagnostics), StringComparison.Ordinal);
    }
}
