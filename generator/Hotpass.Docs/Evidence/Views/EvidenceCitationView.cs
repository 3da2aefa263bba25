namespace Hotpass.Docs.Evidence.Views;

/// <summary>A control citing an evidence item: the control's own status, and the item's status, age and stale instant
/// under that control's cadence, each as judged once in the model.</summary>
/// <param name="Href">The control's own page, relative to the evidence page; null when the site has no page for it.</param>
/// <param name="Status">The control's status (fresh, due, stale, missing, failing), judged from its newest usable file.</param>
/// <param name="ItemStatus">This file's status under the control's cadence, in words that name the file ("file stale").</param>
/// <param name="ItemStatusClass">The badge's colour class for <paramref name="ItemStatus"/>.</param>
internal sealed record EvidenceCitationView(string ControlId, string Title, string? Href, string Status, string ItemStatus, string ItemStatusClass,
    string? Cadence, string? Age, string? StaleAt, string Reason);
