using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Governance.Views;

/// <summary>A risk page: its FMEA scores, where it is declared, and the controls that mitigate it.</summary>
/// <param name="Severity">Scores as text, empty when missing or invalid (already reported).</param>
/// <param name="AboveThreshold">Its RPN is at or above the site's RPN gate threshold.</param>
internal sealed record RiskView(
    string Id,
    string Title,
    string? Effect,
    string Severity,
    string Occurrence,
    string Detection,
    string Rpn,
    bool AboveThreshold,
    string Threshold,
    string? Owner,
    string Status,
    NavLink? DeclaredOn,
    IReadOnlyList<GovernanceLink> Controls);
