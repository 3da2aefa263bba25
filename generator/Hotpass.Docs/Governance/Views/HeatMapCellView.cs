namespace Hotpass.Docs.Governance.Views;

/// <summary>A heat-map cell's risks, under the id its link names.</summary>
/// <param name="Filter">The register filter the cell stands for, read by the script when the page opens at <see cref="Anchor"/>.</param>
internal sealed record HeatMapCellView(string Anchor, string Filter, int Severity, int Occurrence, IReadOnlyList<GovernanceLink> Risks);
