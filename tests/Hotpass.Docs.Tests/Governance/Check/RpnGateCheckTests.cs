using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance.Check;
using Hotpass.Docs.Tests.TestSupport;
using static Hotpass.Docs.Tests.TestSupport.GovernanceSpec;

namespace Hotpass.Docs.Tests.Governance.Check;

/// <summary>The RPN gate: a risk at or above the threshold needs a mitigating control with evidence.</summary>
public sealed class RpnGateCheckTests
{
    private static string Gate(string yaml, GovernanceSettings? settings = null)
    {
        var (model, diagnostics) = Declare(settings ?? GovernanceSettings.Default, ("g.md", Page(yaml)));
        Assert.Equal("", diagnostics);
        var bag = new DiagnosticBag();
        RpnGateCheck.Report(model, c => c.Evidence.Count > 0, bag);
        return TempSite.Lines(bag.ToSortedList());
    }

    private const string HighRisk = "risks:\n  - { id: RSK-HIGH, title: H, severity: 9, occurrence: 6, detection: 6";

    [Fact]
    public void A_high_risk_without_a_control_is_an_error_naming_it() =>
        Assert.Equal("content/g.md(4,5): error HPD330: Risk 'RSK-HIGH' has RPN 324, at or above the threshold 200, and no control mitigates it",
            Gate(HighRisk + " }\n"));

    [Fact]
    public void A_high_risk_whose_controls_have_no_evidence_is_an_error() =>
        Assert.Equal("content/g.md(4,5): error HPD331: Risk 'RSK-HIGH' has RPN 324, at or above the threshold 200, and none of its controls (CTL-A, CTL-B) declares evidence",
            Gate(HighRisk + ", mitigated_by: [CTL-A] }\ncontrols:\n  - { id: CTL-A, title: A }\n  - { id: CTL-B, title: B, mitigates: [RSK-HIGH] }\n"));

    [Fact]
    public void A_high_risk_with_an_evidenced_control_passes() =>
        Assert.Equal("", Gate(HighRisk + " }\ncontrols:\n  - { id: CTL-A, title: A, mitigates: [RSK-HIGH], cadence: monthly, evidence: [x] }\n"));

    [Theory]
    [InlineData(325, "")]
    [InlineData(324, "content/g.md(4,5): error HPD330: Risk 'RSK-HIGH' has RPN 324, at or above the threshold 324, and no control mitigates it")]
    [InlineData(300, "content/g.md(4,5): error HPD330: Risk 'RSK-HIGH' has RPN 324, at or above the threshold 300, and no control mitigates it")]
    public void The_threshold_is_configurable_and_inclusive(int threshold, string expected) =>
        Assert.Equal(expected, Gate(HighRisk + " }\n", GovernanceSettings.Default with { RpnThreshold = threshold }));

    [Fact]
    public void The_boundary_counts_and_closed_risks_are_left_alone()
    {
        var atThreshold = "risks:\n  - { id: RSK-EDGE, title: E, severity: 10, occurrence: 5, detection: 4 }\n";
        Assert.Equal("content/g.md(4,5): error HPD330: Risk 'RSK-EDGE' has RPN 200, at or above the threshold 200, and no control mitigates it", Gate(atThreshold));
        Assert.Equal("", Gate(HighRisk + ", status: closed }\n"));
    }
}
