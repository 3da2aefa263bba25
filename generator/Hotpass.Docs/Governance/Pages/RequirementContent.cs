using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Governance.Pages;

/// <summary>The generated page of one framework requirement that the matrix lists.</summary>
internal sealed record RequirementContent(Framework Framework, FrameworkRequirement Requirement) : PageContent
{
    public override string Kind => "requirement";

    public override string? ListedUnder => GovernancePages.MatrixLayout;

    /// <summary>Search leaves requirement pages out: their ids are found on the controls that satisfy them.</summary>
    public override bool IsSearched => false;
}
