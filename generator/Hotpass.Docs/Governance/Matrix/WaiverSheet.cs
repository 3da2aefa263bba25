using Hotpass.Docs.Governance.Views;
using Hotpass.Docs.Model;
using Hotpass.Docs.Text;
using static Hotpass.Docs.Governance.Matrix.XlsxCells;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>The Waivers sheet of <c>matrix.xlsx</c>: one row per waiver, in declaration order, with its state at the
/// as-of instant in the words of the waivers page.</summary>
internal static class WaiverSheet
{
    public static IReadOnlyList<string> Header { get; } = ["Control", "Condition", "Reason", "Owner", "Approved by", "Approved on", "Expires", "State"];

    public static XlsxSheet Of(SiteModel site) => new("Waivers", Header, [26, 30, 60, 16, 16, 14, 22, 16],
        [.. site.Governance.Waivers.Select(w => new[]
        {
            Str(w.Control.Id), Str(w.Condition?.Id), Str(w.Reason), Str(w.Owner), Str(w.Approver), Str(Timestamps.Day(w.ApprovedOn)),
            Str(Timestamps.Iso(w.Expires)), Str(WaiverText.State(w.StateAt(site.AsOf))),
        })]);
}
