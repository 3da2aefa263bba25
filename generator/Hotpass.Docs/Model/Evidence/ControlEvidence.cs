using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>A control's evidence as judged once, as of the pipeline's instant: read by the gate, the control page,
/// the matrix and the evidence pages, so they cannot disagree.</summary>
/// <param name="Newest">The newest usable matching item (the one freshness is judged from); null when missing.</param>
/// <param name="Matches">Every item the control's patterns match, newest first.</param>
/// <param name="Age">How old <paramref name="Newest"/> is at the as-of instant.</param>
/// <param name="StaleAt">When <paramref name="Newest"/> goes (or went) stale; null without a period.</param>
/// <param name="Reason">Why the status is what it is, in words.</param>
public sealed record ControlEvidence(
    string ControlId,
    ControlStatus Status,
    EvidenceItem? Newest,
    IReadOnlyList<EvidenceItem> Matches,
    TimeSpan? Age,
    DateTimeOffset? StaleAt,
    DateTimeOffset? DueAt,
    string Reason)
{
    private readonly ControlStatus? _earned;

    /// <summary>What the evidence alone earns (fresh, due, stale, missing or failing), before a waiver or a review
    /// changes what <see cref="Status"/> shows: the gate reports from this, so a suspect control's staleness still fails.</summary>
    public ControlStatus Earned { get => _earned ?? Status; init => _earned = value; }

    /// <summary>The waiver in force that made the control waived; null when none applied.</summary>
    public Waiver? Waiver { get; init; }

    /// <summary>Why the control is suspect (its declaration, or a risk it mitigates, changed since it was accepted in
    /// review); null when it is not.</summary>
    public string? Suspect { get; init; }

    /// <summary>The kinds of evidence the control requires that none of its fresh evidence has, in the order required.</summary>
    public IReadOnlyList<string> MissingKinds { get; init; } = [];

    /// <summary>Whether an <c>expect</c> condition no waiver covers is broken (with <see cref="MissingKinds"/>, what made
    /// it failing).</summary>
    public bool ExpectBroken { get; init; }

    /// <summary>The status as the site prints it: fresh, due, stale, missing, failing, waived, suspect.</summary>
    public string StatusText => StatusName(Status);

    /// <summary>The status with what qualifies it, for a control page's badge: "waived until 2025-12-01 00:00 UTC".</summary>
    public string StatusLabel => Status == ControlStatus.Waived && Waiver is { } waiver
        ? $"waived until {Timestamps.Reading(waiver.Expires)}"
        : StatusText;

    public static string StatusName(ControlStatus status) => status.ToString().ToLowerInvariant();
}
