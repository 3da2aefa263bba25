using System.Globalization;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>Writes the matrix as markdown: coverage per framework, then one table of rows (for a terminal, a PR comment, a wiki).</summary>
public static class MatrixMarkdownWriter
{
    public static void Write(TextWriter writer, TraceabilityMatrix matrix)
    {
        writer.Write("# Traceability matrix\n\n## Coverage\n\n| Framework | Requirements | With a control | Without |\n| --- | --- | --- | --- |\n");
        foreach (var c in matrix.Coverage)
            writer.Write($"| {Cell(c.Framework.Id)} | {Count(c.Total)} | {Count(c.Covered.Count)} | {Count(c.Uncovered.Count)} |\n");
        writer.Write("\n## Requirements, controls, risks and evidence\n\n");
        writer.Write("| Framework | Requirement | Control | Cadence | Risks (RPN) | Evidence | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var row in matrix.Rows)
        {
            var requirement = row.Requirement is null ? "" : $"{row.Requirement.Id} {row.Requirement.Title}";
            var control = row.Control is null ? "(none)" : $"{row.Control.Id} {row.Control.Title}";
            writer.Write($"| {Cell(row.Requirement?.Framework ?? "")} | {Cell(requirement)} | {Cell(control)} | {Cell(row.Control?.Cadence?.Name ?? "")} | " +
                $"{Cell(MatrixText.Risks(row))} | {Cell(string.Join("; ", row.Evidence))} | {(row.Control is null ? "" : MatrixText.Status(row.Status))} |\n");
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A pipe would end the cell and a newline the row; markup characters are escaped so text stays text.</summary>
    private static string Cell(string text)
    {
        var flat = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        var escaped = new System.Text.StringBuilder(flat.Length);
        foreach (var ch in flat)
        {
            if (ch is '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>') escaped.Append('\\');
            escaped.Append(ch);
        }
        return escaped.ToString();
    }
}
