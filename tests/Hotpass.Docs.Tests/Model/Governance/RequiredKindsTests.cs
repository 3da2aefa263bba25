using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Model.Governance;

/// <summary><c>requires:</c> on a control, or on a framework requirement in its catalogue: fresh evidence lacking a
/// required kind fails the control (HPD361, naming the control and the kind); an unknown kind name is an error with the
/// nearest known one (HPD360).</summary>
public sealed class RequiredKindsTests
{
    private const string Sbom =
        """{"bomFormat":"CycloneDX","specVersion":"1.5","metadata":{"timestamp":"2025-11-20T10:00:00Z","component":{"name":"hotpass","version":"1.0"}},"components":[{"type":"library","name":"pydantic","version":"2.9"}]}""";

    private const string Tests =
        "<testsuites><testsuite name=\"s\" timestamp=\"2025-11-21T10:00:00\"><testcase name=\"a\"/></testsuite></testsuites>";

    private static TempSite Site(string requires, bool withTests = false, string config = "title: T\n")
    {
        var site = new TempSite();
        site.File("hotpass-docs.yml", config)
            .Page("index.md", "Home", extra: $"controls:\n  - {{ id: CTL-S, title: Supply chain, cadence: monthly, evidence: [\"sbom/*\", \"ci/*\"]{requires} }}\n")
            .File("evidence/sbom/hotpass.cdx.json", Sbom);
        if (withTests) site.File("evidence/ci/tests.xml", Tests);
        return site;
    }

    [Fact]
    public void A_control_with_only_an_sbom_fails_requires_tests()
    {
        using var site = Site(", requires: [tests]");

        var run = SiteModelLoader.Run(site.Root);

        Assert.Equal("content/index.md(4,5): error HPD361: Control 'CTL-S' requires tests evidence, and none of its fresh evidence is tests",
            TempSite.Lines(run.Diagnostics.Where(d => d.Descriptor.Code != "HPD455")));
        Assert.Equal(1, run.ExitCode);
        var judged = run.Site!.Evidence.For(run.Site.Governance.FindControl("CTL-S")!);
        Assert.Equal(ControlStatus.Failing, judged.Status);
        Assert.Equal(["tests"], judged.MissingKinds);
        Assert.Equal("it requires tests evidence, and none of its evidence is tests (it has sbom)", judged.Reason);
    }

    [Fact]
    public void Fresh_evidence_of_every_required_kind_passes_and_the_control_page_lists_them()
    {
        using var site = Site(", requires: [tests, sbom]", withTests: true);
        var result = site.Build();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        Assert.Contains("<p>Requires: <code>tests</code>, <code>sbom</code></p>", site.Read("governance/controls/CTL-S.html"), StringComparison.Ordinal);
    }

    /// <summary>A test report that has gone stale does not satisfy <c>requires: [tests]</c>, though a fresh SBOM keeps
    /// the control's newest evidence fresh.</summary>
    [Fact]
    public void A_required_kind_whose_newest_file_is_stale_fails()
    {
        using var site = Site(", requires: [tests]");
        site.File("evidence/ci/tests.xml", Tests.Replace("2025-11-21", "2025-09-01", StringComparison.Ordinal));
        var run = SiteModelLoader.Run(site.Root);
        Assert.Equal(1, run.ExitCode);
        var judged = run.Site!.Evidence.For(run.Site.Governance.FindControl("CTL-S")!);
        Assert.Equal("it requires tests evidence, and its newest, 'ci/tests', is not fresh", judged.Reason);
    }

    [Fact]
    public void An_unknown_kind_is_an_error_with_the_nearest_known_one()
    {
        using var site = Site(", requires: [test]", withTests: true);
        var run = SiteModelLoader.Run(site.Root);
        Assert.Equal("content/index.md(4,98): error HPD360: Control 'CTL-S' requires 'test', which is not a kind of evidence; did you mean 'tests'?; " +
            "the kinds are sbom, tests, static-analysis, coverage, ci-run, provenance, other", TempSite.Lines(run.Diagnostics));
    }

    /// <summary>A framework requirement's <c>requires:</c> applies to every control that satisfies it.</summary>
    [Fact]
    public void A_framework_requirement_can_require_a_kind_of_every_control_that_satisfies_it()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "title: T\nframeworks: frameworks\n")
            .File("frameworks/acme.yaml", "id: ACME\ntitle: Acme baseline\nrequirements:\n  - { id: T1, title: Tested, requires: [tests, static-analysys] }\n  - { id: S1, title: Inventoried }\n")
            .Page("index.md", "Home", extra: "controls:\n  - { id: CTL-S, title: Supply chain, satisfies: [\"ACME:T1\"], cadence: monthly, evidence: [\"sbom/*\"] }\n" +
                "  - { id: CTL-I, title: Inventory, satisfies: [\"ACME:S1\"], cadence: monthly, evidence: [\"sbom/*\"] }\n")
            .File("evidence/sbom/hotpass.cdx.json", Sbom);

        var run = SiteModelLoader.Run(site.Root);

        Assert.Equal(
            "content/index.md(4,5): error HPD361: Control 'CTL-S' requires tests evidence, and none of its fresh evidence is tests\n" +
            "frameworks/acme.yaml(4,48): error HPD360: Requirement 'ACME:T1' requires 'static-analysys', which is not a kind of evidence; did you mean 'static-analysis'?; " +
            "the kinds are sbom, tests, static-analysis, coverage, ci-run, provenance, other",
            TempSite.Lines(run.Diagnostics));
        Assert.Equal(ControlStatus.Fresh, run.Site!.Evidence.For(run.Site.Governance.FindControl("CTL-I")!).Status);
    }
}
