using Hotpass.Docs.Configuration;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Model.Review;

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

    /// <summary>Which declarations changed since they were last accepted in review (made once by the model stage).</summary>
    public ReviewState Review { get; init; } = ReviewState.Untracked;

    public EvidenceItem? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The judgements of the controls whose patterns match the item, ordered by control id.</summary>
    public IReadOnlyList<ControlEvidence> Citing(EvidenceItem item) => _citing.TryGetValue(item.Path, out var list) ? list : [];

    /// <summary>The item judged under each citing control's cadence, keyed by item path, in control id order; made
    /// once by the evidence stage.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ItemJudgement>> ItemJudgements { get; init; } =
        new Dictionary<string, IReadOnlyList<ItemJudgement>>(StringComparer.Ordinal);

    /// <summary>Each signed item's signature as judged against <c>evidence.keys</c>, keyed by item path.</summary>
    public IReadOnlyDictionary<string, EvidenceSignature> Signatures { get; init; } = new Dictionary<string, EvidenceSignature>(StringComparer.Ordinal);

    /// <summary>What the item's signatures prove; <see cref="EvidenceSignature.NotSigned"/> for an item without any.</summary>
    public EvidenceSignature SignatureOf(EvidenceItem item) => Signatures.GetValueOrDefault(item.Path) ?? EvidenceSignature.NotSigned;

    /// <summary>How the item fares under each control citing it; empty when none does.</summary>
    public IReadOnlyList<ItemJudgement> JudgementsOf(EvidenceItem item) =>
        ItemJudgements.TryGetValue(item.Path, out var list) ? list : [];

    /// <summary>The item's own status, as its badge shows it: its worst judgement under the controls citing it (the
    /// first in control id order among equals), else null when no control cites it.</summary>
    public ItemJudgement? StatusOf(EvidenceItem item)
    {
        ItemJudgement? worst = null;
        foreach (var judgement in JudgementsOf(item))
            if (worst is null || ItemJudgement.Severity(judgement.Status) > ItemJudgement.Severity(worst.Status)) worst = judgement;
        return worst;
    }

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
