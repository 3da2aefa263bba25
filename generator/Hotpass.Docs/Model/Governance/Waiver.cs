using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Model.Governance;

/// <summary>A dated, approved exception: while in force, a control (or one of its <c>expect</c> conditions) that would
/// fail is shown waived instead; from <see cref="Expires"/> on it is judged as if unwaived.</summary>
/// <param name="Control">The control it names, where written; resolved against the model.</param>
/// <param name="Condition">The <c>expect</c> key it waives, as the control writes it; null for the whole control.</param>
/// <param name="ApprovedOn">When it was approved: its length is measured from here, and it is not in force before.</param>
/// <param name="Expires">The first instant it no longer applies (the boundary counts as expired).</param>
public sealed record Waiver(
    IdReference Control,
    IdReference? Condition,
    string Reason,
    string Owner,
    string Approver,
    DateTimeOffset ApprovedOn,
    DateTimeOffset Expires,
    SourceLocation Location,
    string Page)
{
    /// <summary>What it covers in words: "CTL-X" or "CTL-X expect tests_failed".</summary>
    public string Target => Condition is null ? Control.Id : $"{Control.Id} expect {Condition.Id}";

    public WaiverState StateAt(DateTimeOffset asOf) =>
        asOf < ApprovedOn ? WaiverState.NotYetInForce : asOf >= Expires ? WaiverState.Expired : WaiverState.InForce;
}

/// <summary>Where a waiver stands at the as-of instant.</summary>
public enum WaiverState
{
    InForce,
    Expired,
    NotYetInForce,
}
