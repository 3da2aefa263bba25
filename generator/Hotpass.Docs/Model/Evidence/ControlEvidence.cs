using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model.Governance;

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
    /// <summary>The status as the site prints it: fresh, due, stale, missing, failing.</summary>
    public string StatusText => StatusName(Status);

    public static string StatusName(ControlStatus status) => status switch
    {
        ControlStatus.Fresh => "fresh",
        ControlStatus.Due => "due",
        ControlStatus.Stale => "stale",
        ControlStatus.Missing => "missing",
        _ => "failing",
    };
}
