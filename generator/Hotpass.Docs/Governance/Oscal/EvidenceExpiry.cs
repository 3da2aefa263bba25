using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Governance.Oscal;

/// <summary>When an evidence file stops being current: its collection time plus the cadence of a control citing it.
/// A file cited by controls with different cadences expires at the earliest of them (the shortest cadence), since from
/// then on at least one control no longer counts it; per-build cadences and controls without one add no expiry.</summary>
internal static class EvidenceExpiry
{
    /// <summary>Null when the file is undated or no citing control's cadence has a period.</summary>
    public static DateTimeOffset? Of(EvidenceItem item, SiteModel site)
    {
        if (item.CollectedAt is not { } collected) return null;
        DateTimeOffset? earliest = null;
        foreach (var judgement in site.Evidence.JudgementsOf(item))
            if (site.Governance.FindControl(judgement.ControlId)?.Cadence?.StaleFrom(collected) is { } end && (earliest is null || end < earliest))
                earliest = end;
        return earliest;
    }
}
