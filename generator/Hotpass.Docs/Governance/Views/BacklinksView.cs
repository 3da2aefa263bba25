namespace Hotpass.Docs.Governance.Views;

/// <summary>On a markdown page: the risks and controls it declares and the controls it documents, linked to their pages.</summary>
internal sealed record BacklinksView(
    IReadOnlyList<GovernanceLink> RisksDeclared,
    IReadOnlyList<GovernanceLink> ControlsDeclared,
    IReadOnlyList<GovernanceLink> ControlsDocumented);
