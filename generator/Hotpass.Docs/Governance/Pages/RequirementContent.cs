using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Governance.Pages;

/// <summary>The generated page of one framework requirement that the matrix lists.</summary>
internal sealed record RequirementContent(Framework Framework, FrameworkRequirement Requirement) : PageContent
{
    public override string Kind => "requirement";

    public override string? ListedUnder => GovernancePages.MatrixLayout;

    /// <summary>Found by its key (<c>NIST-SSDF:PO.3</c>) and by its id within the framework (<c>PO.3</c>).</summary>
    public override IReadOnlyList<string> SearchIds => [Requirement.Key, Requirement.Id];
}
