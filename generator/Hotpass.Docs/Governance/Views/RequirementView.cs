namespace Hotpass.Docs.Governance.Views;

/// <summary>A framework requirement page: which catalogue it is from and the controls that satisfy it.</summary>
internal sealed record RequirementView(
    string Framework,
    string FrameworkTitle,
    string? FrameworkVersion,
    string Id,
    string Title,
    IReadOnlyList<GovernanceLink> Controls);
