using Hotpass.Docs.Load.Governance.Frameworks;

namespace Hotpass.Docs.Model.Governance;

/// <summary>One line of the traceability matrix: a framework requirement, one control that satisfies it, the risks that
/// control mitigates, its evidence, and its status.</summary>
/// <param name="Requirement">Null for a control that satisfies no requirement (it still traces risks to evidence).</param>
/// <param name="Control">Null for a requirement no control satisfies (a coverage gap).</param>
/// <param name="Status">Null until the evidence stage judges the control: exports say <c>unknown</c>.</param>
public sealed record MatrixRow(
    FrameworkRequirement? Requirement,
    Control? Control,
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<string> Evidence,
    ControlStatus? Status)
{
    /// <summary>The highest RPN among the row's risks; null without scored risks.</summary>
    public int? HighestRpn => Risks.Max(r => r.Rpn);
}
