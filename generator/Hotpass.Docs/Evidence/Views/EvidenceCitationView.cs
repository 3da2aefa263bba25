namespace Hotpass.Docs.Evidence.Views;

/// <summary>A control citing an evidence item, with the item's age against that control's cadence.</summary>
/// <param name="Href">The control's page, relative to the evidence page; null when the control has no page yet.</param>
public sealed record EvidenceCitationView(string ControlId, string Title, string? Href, string Status, string? Cadence, string? Age, string? StaleAt, string Reason);
