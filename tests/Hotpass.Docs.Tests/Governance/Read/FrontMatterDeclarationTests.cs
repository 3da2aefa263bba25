using static Hotpass.Docs.Tests.TestSupport.GovernanceSpec;

using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Tests.Governance.Read;

/// <summary>Risks and controls in front matter, as the contract shows them: model out, or exact diagnostics.</summary>
public sealed class FrontMatterDeclarationTests
{
    private const string ContractExample = """
        risks:
          - id: RSK-SECRETS-STALL
            title: Secrets platform decision stalls
            effect: Manual credential handling persists, increasing leak risk
            severity: 9
            occurrence: 6
            detection: 6
            rpn: 324
            owner: DevOps
            status: open
            mitigated_by: [CTL-SECRETS-VAULT]
        controls:
          - id: CTL-SECRETS-VAULT
            title: Secrets served from Vault with audit logging
            satisfies: ["NIST-SSDF:PO.3", "ASVS:2.1"]
            safeguards: [Vault rollout, detect-secrets scanning]
            owner: DevOps
            cadence: monthly
            evidence: [vault-audit, "ci/detect-secrets-*.sarif"]
            expect: { sarif_errors: 0 }

        """;

    [Fact]
    public void Reads_the_contract_example_into_the_model()
    {
        var (model, diagnostics) = Declare(("governance/a.md", Page(ContractExample)));
        Assert.Equal("", diagnostics);
        var risk = Assert.Single(model.Risks);
        Assert.Equal(new Risk("RSK-SECRETS-STALL", "Secrets platform decision stalls", "Manual credential handling persists, increasing leak risk",
            9, 6, 6, 324, "DevOps", RiskStatus.Open, risk.MitigatedBy, new("content/governance/a.md", 4, 5), "content/governance/a.md"), risk);
        Assert.Equal(["CTL-SECRETS-VAULT"], risk.MitigatedBy.Select(m => m.Id));
        var control = Assert.Single(model.Controls);
        Assert.Equal(["NIST-SSDF:PO.3", "ASVS:2.1"], control.Satisfies.Select(s => s.Key));
        Assert.Equal(["Vault rollout", "detect-secrets scanning"], control.Safeguards);
        Assert.Equal("monthly", control.Cadence!.Name);
        Assert.Equal(["vault-audit", "ci/detect-secrets-*.sarif"], control.Evidence.Select(e => e.Id));
        Assert.Equal(new("content/governance/a.md", 21, 16), control.Evidence[0].Location);
        Assert.NotNull(control.Expect);
        Assert.Same(control, Assert.Single(model.ControlsFor(risk)));
        Assert.Same(risk, Assert.Single(model.RisksFor(control)));
    }

    [Fact]
    public void An_absent_rpn_is_computed()
    {
        var (model, diagnostics) = Declare(("a.md", Page("risks:\n  - { id: RSK-A, title: A, severity: 7, occurrence: 4, detection: 6 }\n")));
        Assert.Equal("", diagnostics);
        Assert.Equal(168, model.Risks[0].Rpn);
    }

    [Theory]
    [InlineData("severity: 11", "content/a.md(4,53): error HPD301: Risk 'RSK-A' severity must be a whole number from 1 to 10, not '11'")]
    [InlineData("severity: 0", "content/a.md(4,53): error HPD301: Risk 'RSK-A' severity must be a whole number from 1 to 10, not '0'")]
    [InlineData("severity: high", "content/a.md(4,53): error HPD301: Risk 'RSK-A' severity must be a whole number from 1 to 10, not 'high'")]
    [InlineData("severity: 9.5", "content/a.md(4,53): error HPD301: Risk 'RSK-A' severity must be a whole number from 1 to 10, not '9.5'")]
    [InlineData("severity: [9]", "content/a.md(4,53): error HPD309: Risk 'RSK-A' field 'severity' must be a single value")]
    public void Reports_a_bad_score_at_its_value(string severity, string expected)
    {
        var page = Page($"risks:\n  - {{ id: RSK-A, title: A, occurrence: 6, {severity}, detection: 6 }}\n");
        var (model, diagnostics) = Declare(("a.md", page));
        Assert.Equal(expected, diagnostics);
        Assert.Null(model.Risks[0].Rpn);
    }

    [Fact]
    public void Reports_an_rpn_that_is_not_the_product()
    {
        var (model, diagnostics) = Declare(("a.md", Page("risks:\n  - id: RSK-A\n    title: A\n    severity: 9\n    occurrence: 6\n    detection: 6\n    rpn: 300\n")));
        Assert.Equal("content/a.md(9,10): error HPD302: Risk 'RSK-A' gives rpn 300, but severity × occurrence × detection is 9 × 6 × 6 = 324", diagnostics);
        Assert.Equal(324, model.Risks[0].Rpn);
    }

    [Theory]
    [InlineData("status: pending", "content/a.md(4,78): error HPD303: Risk 'RSK-A' status 'pending' is not one of open, mitigating, accepted, closed")]
    [InlineData("rpn: lots", "content/a.md(4,75): error HPD309: Risk 'RSK-A' field 'rpn' must be a whole number, not 'lots'")]
    [InlineData("colour: red", "content/a.md(4,70): error HPD311: Unknown key 'colour' in a risk")]
    [InlineData("ownr: Ops", "content/a.md(4,70): error HPD311: Unknown key 'ownr' in a risk; did you mean 'owner'?")]
    public void Reports_other_bad_risk_fields(string field, string expected)
    {
        var page = Page($"risks:\n  - {{ id: RSK-A, title: A, severity: 1, occurrence: 1, detection: 1, {field} }}\n");
        Assert.Equal(expected, Declare(("a.md", page)).Diagnostics);
    }

    [Theory]
    [InlineData("risks:\n  - { title: A, severity: 1, occurrence: 1, detection: 1 }\n", "content/a.md(4,5): error HPD308: A risk has no 'id'")]
    [InlineData("risks:\n  - { id: RSK-A, title: A, occurrence: 1, detection: 1 }\n", "content/a.md(4,5): error HPD308: Risk 'RSK-A' has no 'severity'")]
    [InlineData("risks:\n  - RSK-A\n", "content/a.md(4,5): error HPD312: Each item of 'risks' must be a mapping of fields")]
    [InlineData("risks: { id: RSK-A }\n", "content/a.md(3,8): error HPD309: Front matter field 'risks' must be a list")]
    [InlineData("controls:\n  - { title: A }\n", "content/a.md(4,5): error HPD308: A control has no 'id'")]
    [InlineData("controls:\n  - { id: CTL-A, title: A, cadense: monthly }\n", "content/a.md(4,28): error HPD311: Unknown key 'cadense' in a control; did you mean 'cadence'?")]
    [InlineData("controls:\n  - { id: CTL-A, title: A, evidence: [logs] }\n", "content/a.md(4,38): error HPD313: Control 'CTL-A' cites evidence but has no cadence, so nothing says when its evidence is too old")]
    [InlineData("controls:\n  - { id: CTL-A, title: A, cadence: fortnightly }\n", "content/a.md(4,37): error HPD310: Cadence 'fortnightly' is not understood: use per-build, daily, weekly, sprint, monthly, quarterly, yearly, release, per-pr or an ISO 8601 duration such as P30D")]
    [InlineData("controls:\n  - { id: CTL-A, title: A, expect: 3 }\n", "content/a.md(4,36): error HPD309: Control 'CTL-A' field 'expect' must be a mapping of pass conditions")]
    [InlineData("controls:\n  - { id: CTL-A, title: A, satisfies: [PO.3] }\n", "content/a.md(4,40): error HPD307: Control 'CTL-A' satisfies 'PO.3': write it as FRAMEWORK:REQUIREMENT, such as NIST-SSDF:PO.3, or as a known framework's name and a requirement id")]
    public void Reports_malformed_declarations(string yaml, string expected)
    {
        Assert.Equal(expected, Declare(("a.md", Page(yaml))).Diagnostics);
    }

    [Fact]
    public void A_duplicate_id_across_two_files_is_reported_at_both_naming_the_other()
    {
        var risk = Page("risks:\n  - { id: RSK-A, title: A, severity: 1, occurrence: 1, detection: 1 }\n");
        var (model, diagnostics) = Declare(("a.md", risk), ("b.md", Page("controls:\n  - { id: RSK-A, title: Same id }\n")));
        Assert.Equal("""
            content/a.md(4,5): error HPD300: Risk id 'RSK-A' is also declared at content/b.md(4,5)
            content/b.md(4,5): error HPD300: Control id 'RSK-A' is also declared at content/a.md(4,5)
            """, diagnostics);
        Assert.Single(model.Risks);
        Assert.Empty(model.Controls);
    }

    [Fact]
    public void Unknown_references_are_reported_with_the_nearest_id()
    {
        var (_, diagnostics) = Declare(("a.md", Page("""
            controls: [CTL-B, CTL-NOPE]
            risks:
              - { id: RSK-A, title: A, severity: 1, occurrence: 1, detection: 1, mitigated_by: [CTL-C] }
            ---
            """.Replace("---\n", "", StringComparison.Ordinal) + "\n")), ("b.md", Page("""
            controls:
              - { id: CTL-B, title: B, mitigates: [RSK-AB, RSK-ZZZ-UNRELATED] }

            """)));
        Assert.Equal("""
            content/a.md(3,19): error HPD304: Page names control 'CTL-NOPE', which is not declared anywhere
            content/a.md(5,85): error HPD304: Risk 'RSK-A' names control 'CTL-C', which is not declared anywhere; did you mean 'CTL-B'?
            content/b.md(4,40): error HPD304: Control 'CTL-B' names risk 'RSK-AB', which is not declared anywhere; did you mean 'RSK-A'?
            content/b.md(4,48): error HPD304: Control 'CTL-B' names risk 'RSK-ZZZ-UNRELATED', which is not declared anywhere
            """, diagnostics);
    }

    [Theory]
    [InlineData("NIST-SSD:PO.3", "error HPD305: Control 'CTL-A' satisfies 'NIST-SSD:PO.3', but no catalogue is named 'NIST-SSD'; did you mean 'NIST-SSDF'?")]
    [InlineData("Cobit:APO01", "error HPD305: Control 'CTL-A' satisfies 'Cobit:APO01', but no catalogue is named 'Cobit'")]
    [InlineData("NIST-SSDF:PO.9", "error HPD306: Control 'CTL-A' satisfies 'NIST-SSDF:PO.9', but NIST-SSDF has no requirement 'PO.9'; did you mean 'PO.1'?")]
    [InlineData("SLSA:BUILD-L4", "error HPD306: Control 'CTL-A' satisfies 'SLSA:BUILD-L4', but SLSA has no requirement 'BUILD-L4'; did you mean 'BUILD-L0'?")]
    [InlineData("ISO-25010:reliability", "error HPD306: Control 'CTL-A' satisfies 'ISO-25010:reliability', but ISO-25010 has no requirement 'reliability'; did you mean 'Reliability'?")]
    public void Unknown_frameworks_and_requirements_name_the_nearest_known_id(string satisfies, string expected)
    {
        var (_, diagnostics) = Declare(("a.md", Page($"controls:\n  - {{ id: CTL-A, title: A, satisfies: [\"{satisfies}\"] }}\n")));
        Assert.Equal("content/a.md(4,40): " + expected, diagnostics);
    }
}
