using Hotpass.Docs.Model;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>The Waivers sheet of <c>matrix.xlsx</c>: one row per waiver (issue 27, item 3), from the site model. The
/// model carries no waivers yet, so today the sheet is its header row alone; the rows are to be made here from the
/// model's waivers when they join it, in these columns.</summary>
internal static class WaiverSheet
{
    public static IReadOnlyList<string> Header { get; } = ["Control", "Condition", "Reason", "Owner", "Approved by", "Expires", "Status"];

    public static XlsxSheet Of(SiteModel site) => new("Waivers", Header, [26, 30, 60, 16, 16, 22, 14], []);
}
