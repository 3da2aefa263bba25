namespace Hotpass.Docs.Governance.Views;

/// <summary>The waivers page: every waiver, by control, then condition, then expiry.</summary>
internal sealed record WaiversView(IReadOnlyList<WaiverRow> Rows, string AsOf);

/// <summary>One waiver and where it stands at the as-of instant.</summary>
/// <param name="Condition">The <c>expect</c> key it waives; null when it waives the whole control.</param>
/// <param name="State">"in force", "expired" or "not yet in force".</param>
/// <param name="StateClass">The status class its state is shown with (<c>waived</c>, <c>stale</c>, <c>unknown</c>).</param>
/// <param name="ControlStatus">The control's status now, as its page shows it.</param>
internal sealed record WaiverRow(
    GovernanceLink Control,
    string? Condition,
    string State,
    string StateClass,
    string Reason,
    string Owner,
    string Approver,
    string ApprovedOn,
    string Expires,
    string ExpiresIso,
    string ControlStatus);
