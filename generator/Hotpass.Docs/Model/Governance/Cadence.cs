using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Governance;

/// <summary>How old a control's newest evidence may be: a period on the calendar, an event cadence with a maximum
/// age, or per-build (evidence from the commit being built).</summary>
/// <param name="Text">The cadence as written, for display.</param>
/// <param name="Name">The canonical word (<c>monthly</c>, <c>release</c>, <c>per-build</c>) or the ISO duration.</param>
/// <param name="Period">How long evidence stays fresh; null for per-build.</param>
public sealed record Cadence(string Text, string Name, CadenceKind Kind, IsoDuration? Period)
{
    /// <summary>True when evidence counts only if it was made from the commit being built.</summary>
    public bool NeedsCurrentCommit => Kind == CadenceKind.PerBuild;

    /// <summary>The first instant at which evidence collected at <paramref name="collectedAt"/> is stale (calendar-aware:
    /// monthly from 31 January ends at the end of February); null for per-build, where age does not count.</summary>
    public DateTimeOffset? StaleFrom(DateTimeOffset collectedAt) => Period?.AddTo(collectedAt);
}
