using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model.Facts;
using Hotpass.Docs.Render.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Collects the tables of a parsed page, each with the nearest heading above it and the location of every cell.</summary>
internal static class TableCollector
{
    public static List<TableFact> Collect(MarkdownDocument document, PageSource page)
    {
        var tables = new List<TableFact>();
        string? heading = null;
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock h:
                    heading = HeadingOutline.PlainText(h.Inline);
                    break;
                case Table table:
                    tables.Add(ToFact(table, heading, page));
                    break;
            }
        }
        return tables;
    }

    private static TableFact ToFact(Table table, string? heading, PageSource page)
    {
        List<TableCellFact> header = [];
        var rows = new List<TableRowFact>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>().Select(c => new TableCellFact(CellText(c), At(page, c.Line, c.Column))).ToList();
            if (row.IsHeader && rows.Count == 0 && header.Count == 0) header = cells;
            else rows.Add(new TableRowFact(At(page, row.Line, row.Column), cells));
        }
        return new TableFact(heading, At(page, table.Line, table.Column), header, rows);
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<LeafBlock>().Select(b => HeadingOutline.PlainText(b.Inline)).Where(t => t.Length > 0));

    private static SourceLocation At(PageSource page, int line, int column) => new(page.SourcePath, line + page.BodyFirstLine, column + 1);
}
