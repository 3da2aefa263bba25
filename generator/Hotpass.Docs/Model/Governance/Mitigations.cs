namespace Hotpass.Docs.Model.Governance;

/// <summary>The risk ↔ control and requirement → control links, indexed once from both sides' declarations.</summary>
internal sealed class Mitigations
{
    private readonly Dictionary<string, SortedSet<string>> _controlsByRisk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _risksByControl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _controlsByRequirement = new(StringComparer.Ordinal);

    public static Mitigations From(IReadOnlyList<Risk> risks, IReadOnlyList<Control> controls)
    {
        var links = new Mitigations();
        foreach (var risk in risks)
            foreach (var control in risk.MitigatedBy) links.Link(risk.Id, control.Id);
        foreach (var control in controls)
        {
            foreach (var risk in control.Mitigates) links.Link(risk.Id, control.Id);
            foreach (var requirement in control.Satisfies) Add(links._controlsByRequirement, requirement.Key, control.Id);
        }
        return links;
    }

    public IReadOnlyList<Control> ControlsOf(string riskId, GovernanceModel model) =>
        [.. Get(_controlsByRisk, riskId).Select(model.FindControl).OfType<Control>()];

    public IReadOnlyList<Risk> RisksOf(string controlId, GovernanceModel model) =>
        [.. Get(_risksByControl, controlId).Select(model.FindRisk).OfType<Risk>()];

    public IReadOnlyList<Control> Satisfying(string requirementKey, GovernanceModel model) =>
        [.. Get(_controlsByRequirement, requirementKey).Select(model.FindControl).OfType<Control>()];

    private void Link(string riskId, string controlId)
    {
        Add(_controlsByRisk, riskId, controlId);
        Add(_risksByControl, controlId, riskId);
    }

    private static void Add(Dictionary<string, SortedSet<string>> index, string key, string value)
    {
        if (!index.TryGetValue(key, out var set)) index[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.Add(value);
    }

    private static readonly SortedSet<string> None = [];

    private static SortedSet<string> Get(Dictionary<string, SortedSet<string>> index, string key) =>
        index.TryGetValue(key, out var set) ? set : None;
}
