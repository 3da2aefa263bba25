namespace Hotpass.Docs.Governance.Views;

/// <summary>The evidence slot of a control page, filled by the evidence stage: the status, the newest item, every item.</summary>
/// <param name="Status">The status key (<c>fresh</c>, <c>stale</c>, …), for CSS classes.</param>
/// <param name="StatusText">The status in words for readers ("Stale: newest evidence is 40 days old, cadence monthly";
/// "Waived until 2025-12-01 00:00 UTC: …").</param>
/// <param name="Suspect">Why the control and its evidence links are suspect, in words; null when they are not.</param>
/// <param name="Requires">The kinds of evidence it must have fresh, its own and its requirements'.</param>
internal sealed record ControlEvidenceView(string Status, string StatusText, EvidenceLink? Newest, IReadOnlyList<EvidenceLink> Items,
    string? Suspect = null, IReadOnlyList<string>? Requires = null);

/// <summary>A link to an evidence item's page.</summary>
/// <param name="CollectedAt">When it was collected, <c>yyyy-MM-dd</c> or a full ISO timestamp.</param>
internal sealed record EvidenceLink(string Id, string Title, string Url, string? CollectedAt);
