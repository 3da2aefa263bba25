using Hotpass.Docs.Load.Governance.Frameworks;

namespace Hotpass.Docs.Model.Governance;

/// <summary>How much of one framework the site's controls answer: requirements with a control, and those with none.</summary>
public sealed record FrameworkCoverage(Framework Framework, IReadOnlyList<FrameworkRequirement> Covered, IReadOnlyList<FrameworkRequirement> Uncovered)
{
    public int Total => Covered.Count + Uncovered.Count;
}
