using SpreadCheetah;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>One worksheet of <c>matrix.xlsx</c>: its tab name, header row, column widths (characters) and data rows.</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<double> Widths, IReadOnlyList<Cell[]> Rows);
