using Hotpass.Docs.Load.Governance.Frameworks;

namespace Hotpass.Docs.Model.Governance;

/// <summary>The generated page of one framework requirement that the matrix lists.</summary>
public sealed record RequirementContent(Framework Framework, FrameworkRequirement Requirement) : PageContent;
