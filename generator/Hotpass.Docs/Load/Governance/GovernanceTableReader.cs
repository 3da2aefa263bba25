using System.Globalization;
using System.Text;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;

namespace Hotpass.Docs.Load.Governance;

/// <summary>Turns the rows of the tables a page's <c>governance_tables:</c> names into declarations, one per row,
/// each field located at its cell.</summary>
internal static class GovernanceTableReader
{
    private static readonly char[] ListSeparators = [',', ';'];

    public static IEnumerable<Declaration> Read(GovernanceTableSpec spec, IReadOnlyList<TableFact> tables, string page, DiagnosticBag diagnostics)
    {
        var matching = tables.Where(t => string.Equals(t.Heading?.Trim(), spec.Heading, StringComparison.Ordinal)).ToList();
        if (matching.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceTableNotFound, spec.HeadingLocation, spec.Heading);
            return [];
        }
        return matching.SelectMany(t => ReadTable(spec, t, page, diagnostics)).ToList();
    }

    private static IEnumerable<Declaration> ReadTable(GovernanceTableSpec spec, TableFact table, string page, DiagnosticBag diagnostics)
    {
        var columns = ResolveColumns(spec, table, diagnostics);
        if (columns is null) yield break;
        var number = 0;
        foreach (var row in table.Rows)
        {
            number++;
            if (row.Cells.Count != table.Header.Count)
            {
                diagnostics.Report(DiagnosticCodes.GovernanceTableRaggedRow, row.Location, row.Cells.Count, table.Header.Count);
                continue;
            }
            var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
            foreach (var (mapping, index) in columns)
                fields[mapping.Field] = ToField(row.Cells[index], mapping.Header);
            if (spec.IdPattern is not null) fields["id"] = PatternId(spec.IdPattern, number, fields, row);
            yield return new Declaration(spec.Holds, row.Location, page, fields);
        }
    }

    /// <summary>Each mapping with its column index; null (the table is skipped) when a mapped column is missing,
    /// since every row would then be reported for it.</summary>
    private static List<(ColumnMapping Mapping, int Index)>? ResolveColumns(GovernanceTableSpec spec, TableFact table, DiagnosticBag diagnostics)
    {
        var result = new List<(ColumnMapping, int)>();
        var ok = true;
        foreach (var mapping in spec.Columns)
        {
            var index = IndexOf(table.Header, mapping.Header);
            if (index < 0)
            {
                diagnostics.Report(DiagnosticCodes.GovernanceTableColumnMissing, mapping.Location, spec.Heading, mapping.Header,
                    string.Join(", ", table.Header.Select(h => "'" + h.Text + "'")));
                ok = false;
            }
            else result.Add((mapping, index));
        }
        return ok ? result : null;
    }

    /// <summary>Headers match exactly; failing that, ignoring case, since "Failure Mode" and "Failure mode" mean one column.</summary>
    private static int IndexOf(IReadOnlyList<TableCellFact> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i].Text.Trim(), name.Trim(), StringComparison.Ordinal)) return i;
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i].Text.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static FieldValue ToField(TableCellFact cell, string header)
    {
        var items = cell.Text.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => new IdReference(s, cell.Location)).ToList();
        return new FieldValue(cell.Location, cell.Text.Trim(), items, null, header);
    }

    private static FieldValue PatternId(string pattern, int number, Dictionary<string, FieldValue> fields, TableRowFact row)
    {
        string? emptyColumn = null;
        var id = GovernanceTableSpecReader.Placeholder().Replace(pattern, m =>
        {
            var name = m.Groups[1].Value;
            if (name == "row") return number.ToString(CultureInfo.InvariantCulture);
            var slug = Slug(fields[name].Text ?? "");
            if (slug.Length == 0) emptyColumn ??= fields[name].Column;
            return slug;
        });
        // An id from an empty cell would collide with every other such row; leaving it empty reports the cell.
        return emptyColumn is null
            ? new FieldValue(row.Location, id, [new IdReference(id, row.Location)], null, null)
            : new FieldValue(fields.Values.First(f => f.Column == emptyColumn).Location, "", [], null, emptyColumn);
    }

    /// <summary>"Secrets platform decision stalls" → "SECRETS-PLATFORM-DECISION-STALLS".</summary>
    internal static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToUpperInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().TrimEnd('-');
    }
}
