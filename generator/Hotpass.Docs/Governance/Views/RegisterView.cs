using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Governance.Views;

/// <summary>The risk register: every risk by RPN (highest first, then id), and the heat map as SVG and as a table.</summary>
/// <param name="HeatMapSvg">Inline SVG made by the generator from numbers and escaped ids only, so safe to emit as is.</param>
/// <param name="HeatMapTable">The same numbers as an HTML table, each count a link to its risks.</param>
/// <param name="Statuses">The status filter's choices, in the order the status column sorts by.</param>
/// <param name="Cells">Every heat-map cell that counts risks, highest severity then occurrence first: the list a cell's
/// link reaches without the script.</param>
internal sealed record RegisterView(
    IReadOnlyList<RegisterRow> Rows,
    string HeatMapSvg,
    string HeatMapTable,
    string Threshold,
    IReadOnlyList<FilterOption> Statuses,
    IReadOnlyList<HeatMapCellView> Cells);

/// <summary>One risk in the register.</summary>
/// <param name="StatusKey">The status as the filter names it (<c>none</c> for a risk without one).</param>
internal sealed record RegisterRow(
    GovernanceLink Risk,
    string Severity,
    string Occurrence,
    string Detection,
    string Rpn,
    bool AboveThreshold,
    string Status,
    string StatusKey,
    string? Owner,
    IReadOnlyList<GovernanceLink> Controls);
