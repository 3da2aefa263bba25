using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Facts;

/// <summary>A markdown table as parsed from a page, with the heading it sits under and the location of every cell,
/// so readers of tables (governance registers) report at the exact row and cell.</summary>
/// <param name="Heading">Plain text of the nearest heading above the table; null when none precedes it.</param>
/// <param name="Location">Where the table starts (its header row).</param>
public sealed record TableFact(
    string? Heading,
    SourceLocation Location,
    IReadOnlyList<TableCellFact> Header,
    IReadOnlyList<TableRowFact> Rows);

/// <summary>One body row of a <see cref="TableFact"/>; it may have fewer or more cells than the header (a ragged row).</summary>
public sealed record TableRowFact(SourceLocation Location, IReadOnlyList<TableCellFact> Cells);

/// <summary>One cell: its plain text (inline markup stripped, trimmed) and where it starts.</summary>
public sealed record TableCellFact(string Text, SourceLocation Location);
