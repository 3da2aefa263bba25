using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Keeps the first declaration of each id (risks and controls share one namespace) and reports every
/// duplicate at both places, each naming the other.</summary>
internal static class UniqueIds
{
    public static (List<Risk> Risks, List<Control> Controls) Keep(List<Risk> risks, List<Control> controls, DiagnosticBag diagnostics)
    {
        var all = risks.Select(r => (r.Id, Kind: "Risk", r.Location, Item: (object)r))
            .Concat(controls.Select(c => (c.Id, Kind: "Control", c.Location, Item: (object)c)))
            .OrderBy(d => d.Location, SourceLocation.Order)
            .GroupBy(d => d.Id, StringComparer.Ordinal);
        var keptRisks = new List<Risk>();
        var keptControls = new List<Control>();
        foreach (var group in all)
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count && list.Count > 1; i++)
            {
                var other = list[i == 0 ? 1 : 0];
                diagnostics.Report(DiagnosticCodes.GovernanceDuplicateId, list[i].Location, list[i].Kind, group.Key, other.Location);
            }
            if (list[0].Item is Risk risk) keptRisks.Add(risk);
            else keptControls.Add((Control)list[0].Item);
        }
        keptRisks.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        keptControls.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return (keptRisks, keptControls);
    }
}
