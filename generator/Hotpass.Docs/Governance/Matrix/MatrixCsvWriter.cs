using System.Text;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>Writes <c>matrix.csv</c> for spreadsheets: RFC 4180 (CRLF line ends, every field quoted, quotes doubled),
/// UTF-8 with a byte-order mark so Excel reads non-ASCII text correctly.</summary>
/// <remarks>Quoting every field keeps the rule one line long. A cell that would start with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or CR is prefixed with <c>'</c> so a spreadsheet shows it as text instead of running it
/// as a formula (OWASP "CSV injection"): page text may come from a fork's pull request.</remarks>
public static class MatrixCsvWriter
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["Framework", "Requirement", "Requirement title", "Control", "Control title", "Cadence", "Risks (RPN)", "Highest RPN", "Evidence", "Status"];

    /// <summary>The file's bytes: UTF-8, starting with the byte-order mark.</summary>
    public static byte[] ToBytes(TraceabilityMatrix matrix)
    {
        var text = new StringWriter();
        Write(text, matrix);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>The CSV text, starting with U+FEFF so the byte-order mark is there whatever the writer's encoding emits.</summary>
    public static void Write(TextWriter writer, TraceabilityMatrix matrix)
    {
        writer.Write('\uFEFF');
        WriteLine(writer, Header);
        foreach (var row in matrix.Rows)
        {
            WriteLine(writer,
            [
                row.Requirement?.Framework ?? "",
                row.Requirement?.Id ?? "",
                row.Requirement?.Title ?? "",
                row.Control?.Id ?? "",
                row.Control?.Title ?? "",
                row.Control?.Cadence?.Name ?? "",
                MatrixText.Risks(row),
                MatrixText.Number(row.HighestRpn),
                string.Join("; ", row.Evidence),
                row.Control is null ? "" : MatrixText.Status(row.Status),
            ]);
        }
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Quote(fields[i]));
        }
        writer.Write("\r\n");
    }

    internal static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r') field = "'" + field;
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
