using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Governance.Views;

/// <summary>The traceability matrix page: coverage per framework, then one row per requirement and control.</summary>
/// <param name="JsonUrl">The exports beside it, relative to the site root (as are the others).</param>
/// <param name="OscalUrl">The OSCAL Assessment Results document.</param>
/// <param name="Statuses">The status filter's choices, worst first (the order the status column sorts by).</param>
/// <param name="Frameworks">The framework filter's choices.</param>
internal sealed record MatrixView(
    IReadOnlyList<CoverageView> Coverage,
    IReadOnlyList<MatrixRowView> Rows,
    string JsonUrl,
    string CsvUrl,
    string XlsxUrl,
    string OscalUrl,
    IReadOnlyList<FilterOption> Statuses,
    IReadOnlyList<FilterOption> Frameworks);

/// <summary>One framework's coverage: how many requirements have a control, and which have none.</summary>
internal sealed record CoverageView(string Id, string Title, string? Version, int Total, int Covered, IReadOnlyList<GovernanceLink> Uncovered);

/// <summary>One matrix row; <see cref="Requirement"/> or <see cref="Control"/> is null for a control that cites no
/// requirement, or a requirement no control satisfies.</summary>
/// <param name="Status">The status key (<c>unknown</c> until the evidence stage judges the control).</param>
/// <param name="StatusKey">The status as the filter names it: <see cref="Status"/>, or <c>no-control</c> for a requirement no control satisfies.</param>
/// <param name="TopRpn">The highest RPN of the row's risks, which its risks column sorts by; empty without one.</param>
internal sealed record MatrixRowView(
    string Framework,
    GovernanceLink? Requirement,
    GovernanceLink? Control,
    string? Cadence,
    IReadOnlyList<GovernanceLink> Risks,
    IReadOnlyList<string> Evidence,
    string Status,
    string StatusKey,
    string TopRpn);
