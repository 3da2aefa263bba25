using Hotpass.Docs.Configuration;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Governance.Frameworks;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Every risk, control and framework of the site, with the links between them resolved once.</summary>
/// <param name="Risks">Unique by id, ordered by id (ordinal).</param>
/// <param name="Controls">Unique by id, ordered by id (ordinal).</param>
/// <param name="Frameworks">Ordered by id (ordinal).</param>
/// <param name="DocumentedBy">Plain ids in pages' <c>controls:</c> lists: which page documents which control.</param>
public sealed record GovernanceModel(
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<Control> Controls,
    IReadOnlyList<Framework> Frameworks,
    IReadOnlyList<PageControlReference> DocumentedBy,
    GovernanceSettings Settings)
{
    public static GovernanceModel Empty { get; } = new([], [], [], [], GovernanceSettings.Default);

    private readonly Dictionary<string, Risk> _risks = Risks.ToDictionary(r => r.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Control> _controls = Controls.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Framework> _frameworks = Frameworks.ToDictionary(f => f.Id, StringComparer.Ordinal);
    private readonly Lazy<Mitigations> _mitigations = new(() => Mitigations.From(Risks, Controls));
    private readonly Lazy<ILookup<string, string>> _documenting = new(() => DocumentedBy.ToLookup(d => d.Control.Id, d => d.Page, StringComparer.Ordinal));

    /// <summary>Waivers whose control (and condition) exist, ordered by control id, then condition, then expiry; each
    /// is judged in or out of force at the as-of instant by the evidence stage.</summary>
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    /// <summary>The kinds of evidence a control must have fresh: its own <c>requires:</c>, then those of the framework
    /// requirements it satisfies, each once.</summary>
    public IReadOnlyList<EvidenceKind> RequiredKinds(Control control) =>
        [.. control.Requires.Concat(control.Satisfies.SelectMany(s => FindRequirement(s)?.Requires ?? [])).Distinct()];

    /// <summary>The control's waivers in force at <paramref name="asOf"/>.</summary>
    public IReadOnlyList<Waiver> WaiversInForce(Control control, DateTimeOffset asOf) =>
        [.. Waivers.Where(w => w.Control.Id == control.Id && w.StateAt(asOf) == WaiverState.InForce)];

    public Risk? FindRisk(string id) => _risks.GetValueOrDefault(id);

    public Control? FindControl(string id) => _controls.GetValueOrDefault(id);

    public Framework? FindFramework(string id) => _frameworks.GetValueOrDefault(id);

    public FrameworkRequirement? FindRequirement(RequirementReference reference) =>
        FindFramework(reference.Framework)?.Find(reference.Requirement);

    /// <summary>Declared controls that mitigate the risk, whichever side named the link, ordered by id.</summary>
    public IReadOnlyList<Control> ControlsFor(Risk risk) => _mitigations.Value.ControlsOf(risk.Id, this);

    /// <summary>Declared risks the control mitigates, whichever side named the link, ordered by id.</summary>
    public IReadOnlyList<Risk> RisksFor(Control control) => _mitigations.Value.RisksOf(control.Id, this);

    /// <summary>Declared controls that satisfy the requirement, ordered by id.</summary>
    public IReadOnlyList<Control> ControlsSatisfying(FrameworkRequirement requirement) =>
        _mitigations.Value.Satisfying(requirement.Key, this);

    /// <summary>Source paths of pages whose <c>controls:</c> list names the control, ordered.</summary>
    public IReadOnlyList<string> PagesDocumenting(Control control) =>
        [.. _documenting.Value[control.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>A page's <c>controls:</c> entry that names (documents) a control rather than declaring one.</summary>
public sealed record PageControlReference(string Page, IdReference Control);
