namespace Hotpass.Docs.Governance.Views;

/// <summary>The risk register: every risk by RPN (highest first, then id), and the heat map as SVG and as a table.</summary>
/// <param name="HeatMapSvg">Inline SVG made by the generator from numbers only (no page text), so safe to emit as is.</param>
/// <param name="HeatMapTable">The same numbers as an HTML table.</param>
internal sealed record RegisterView(IReadOnlyList<RegisterRow> Rows, string HeatMapSvg, string HeatMapTable, string Threshold);

/// <summary>One risk in the register.</summary>
internal sealed record RegisterRow(
    GovernanceLink Risk,
    string Severity,
    string Occurrence,
    string Detection,
    string Rpn,
    bool AboveThreshold,
    string Status,
    string? Owner,
    IReadOnlyList<GovernanceLink> Controls);
