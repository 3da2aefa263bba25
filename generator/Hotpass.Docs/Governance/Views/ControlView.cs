using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Governance.Views;

/// <summary>A control page: what it mitigates (with RPN), what it satisfies, who documents it, and its evidence.</summary>
/// <param name="EvidenceDeclared">The evidence ids and globs the control names, as written.</param>
/// <param name="Evidence">The evidence stage's judgement; null when this build judged none (the page says so).</param>
internal sealed record ControlView(
    string Id,
    string Title,
    string? Owner,
    string? Cadence,
    IReadOnlyList<string> Safeguards,
    NavLink? DeclaredOn,
    IReadOnlyList<GovernanceLink> Risks,
    IReadOnlyList<GovernanceLink> Requirements,
    IReadOnlyList<NavLink> DocumentedBy,
    IReadOnlyList<string> EvidenceDeclared,
    ControlEvidenceView? Evidence);
