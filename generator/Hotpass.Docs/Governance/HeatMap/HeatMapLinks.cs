using System.Globalization;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.HeatMap;

/// <summary>Where each heat-map cell leads, and what its link is called. A cell of several risks leads to
/// <see cref="Anchor"/> on the register page: the register's script reads it as "filter to this cell", and without the
/// script it is the cell's entry in the list of risks by cell. A cell of one risk leads straight to that risk's page;
/// an empty cell is no link.</summary>
/// <param name="riskHref">The href of a risk's page from the register page.</param>
internal sealed class HeatMapLinks(RiskHeatMap map, Func<Risk, string> riskHref)
{
    /// <summary>The id of a cell's entry in the register's list of risks by cell, also the fragment its link names.</summary>
    public static string Anchor(int severity, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"severity-{severity}-occurrence-{occurrence}");

    /// <summary>The filter a cell stands for, in the form the register's script reads from a fragment.</summary>
    public static string Filter(int severity, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"severity={severity}&occurrence={occurrence}");

    /// <summary>The cell's link; null for an empty cell.</summary>
    public HeatMapLink? At(int severity, int occurrence)
    {
        var risks = map.RisksAt(severity, occurrence);
        if (risks.Count == 0) return null;
        var label = Label(severity, occurrence, risks.Count);
        return risks.Count == 1
            ? new HeatMapLink(riskHref(risks[0]), label + ": " + risks[0].Id)
            : new HeatMapLink("#" + Anchor(severity, occurrence), label);
    }

    /// <summary>"3 risks with severity 9 and occurrence 6": the count first, as the cell shows it.</summary>
    public static string Label(int severity, int occurrence, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "risk" : "risks")} with severity {severity} and occurrence {occurrence}");
}
