using Hotpass.Docs.Configuration;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>Every evidence item of the site and every control's judgement, made once in the model stage.</summary>
/// <param name="Items">Ordered by path (ordinal).</param>
/// <param name="Judgements">One per declared control, ordered by control id.</param>
public sealed record EvidenceModel(IReadOnlyList<EvidenceItem> Items, IReadOnlyList<ControlEvidence> Judgements, EvidenceSettings Settings)
{
    public static EvidenceModel Empty { get; } = new([], [], EvidenceSettings.Default);

    private readonly Dictionary<string, ControlEvidence> _byControl = Judgements.ToDictionary(j => j.ControlId, StringComparer.Ordinal);
    private readonly Dictionary<string, EvidenceItem> _byId = Items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<string, List<ControlEvidence>> _citing = CitingByPath(Judgements);

    /// <summary>The control's judgement; a control the stage never saw has none, which is missing.</summary>
    public ControlEvidence For(Control control) => _byControl.GetValueOrDefault(control.Id)
        ?? new ControlEvidence(control.Id, ControlStatus.Missing, null, [], null, null, null, "no evidence was judged");

    public EvidenceItem? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The judgements of the controls whose patterns match the item, ordered by control id.</summary>
    public IReadOnlyList<ControlEvidence> Citing(EvidenceItem item) => _citing.TryGetValue(item.Path, out var list) ? list : [];

    /// <summary>The status an evidence link to the item shows: the worst of the controls citing it, else null.</summary>
    public ControlStatus? StatusOf(EvidenceItem item) =>
        Citing(item).Select(c => (ControlStatus?)c.Status).OrderByDescending(s => Severity(s!.Value)).FirstOrDefault();

    private static int Severity(ControlStatus status) => status switch
    {
        ControlStatus.Fresh => 0,
        ControlStatus.Due => 1,
        _ => 2,
    };

    private static Dictionary<string, List<ControlEvidence>> CitingByPath(IReadOnlyList<ControlEvidence> judgements)
    {
        var map = new Dictionary<string, List<ControlEvidence>>(StringComparer.Ordinal);
        foreach (var judgement in judgements)
            foreach (var item in judgement.Matches)
            {
                if (!map.TryGetValue(item.Path, out var list)) map[item.Path] = list = [];
                list.Add(judgement);
            }
        return map;
    }
}
