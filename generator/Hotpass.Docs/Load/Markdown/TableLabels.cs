using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Names each table of a page for the scrolling region around it: "Table: " and its column headers, with a
/// number added when two tables on a page would read the same (region names must be unique on a page).</summary>
internal static class TableLabels
{
    private static readonly object LabelKey = typeof(TableLabels);

    public static void Apply(MarkdownDocument document)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var table in document.Descendants<Table>())
        {
            index++;
            var headers = HeaderText(table);
            var label = headers.Length > 0 ? "Table: " + headers : $"Table {index}";
            var count = used[label] = used.GetValueOrDefault(label) + 1;
            table.SetData(LabelKey, count == 1 ? label : $"{label} ({count})");
        }
    }

    /// <summary>The label stored for a table, or a plain one when <see cref="Apply"/> did not run.</summary>
    public static string LabelOf(Table table) => table.GetData(LabelKey) as string ?? "Table";

    private static string HeaderText(Table table)
    {
        if (table.FirstOrDefault() is not TableRow { IsHeader: true } header) return "";
        var cells = header.OfType<TableCell>()
            .Select(cell => string.Join(" ", cell.Descendants<ParagraphBlock>().Select(p => HeadingOutline.PlainText(p.Inline))).Trim())
            .Where(text => text.Length > 0);
        return string.Join(", ", cells);
    }
}
