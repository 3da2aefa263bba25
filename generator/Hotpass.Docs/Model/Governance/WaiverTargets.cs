using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Keeps the waivers whose control, and <c>expect</c> condition if named, exist: a waiver of something
/// undeclared is reported (with the nearest name) and dropped.</summary>
internal static class WaiverTargets
{
    public static IReadOnlyList<Waiver> Keep(IReadOnlyList<Waiver> waivers, IReadOnlyList<Control> controls, DiagnosticBag diagnostics)
    {
        var byId = controls.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var kept = new List<Waiver>();
        foreach (var waiver in waivers)
        {
            if (!byId.TryGetValue(waiver.Control.Id, out var control))
            {
                diagnostics.Report(DiagnosticCodes.WaiverUnknownControl, waiver.Control.Location, waiver.Control.Id, DidYouMean.Suffix(waiver.Control.Id, byId.Keys));
                continue;
            }
            if (waiver.Condition is { } condition)
            {
                var keys = control.Expect?.Entries.Select(e => e.Key.Value).ToList() ?? [];
                if (!keys.Contains(condition.Id, StringComparer.Ordinal))
                {
                    var hint = keys.Count == 0 ? "; it has no expect conditions" : DidYouMean.Suffix(condition.Id, keys);
                    diagnostics.Report(DiagnosticCodes.WaiverUnknownCondition, condition.Location, control.Id, condition.Id, hint);
                    continue;
                }
            }
            kept.Add(waiver);
        }
        return [.. kept
            .OrderBy(w => w.Control.Id, StringComparer.Ordinal)
            .ThenBy(w => w.Condition?.Id ?? "", StringComparer.Ordinal)
            .ThenBy(w => w.Expires)
            .ThenBy(w => w.Location.ToString(), StringComparer.Ordinal)];
    }
}
