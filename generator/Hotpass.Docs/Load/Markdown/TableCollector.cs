using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Hotpass.Docs.Load.Markdown;

/// <summary>Collects the tables of a parsed page, each with the nearest heading above it and the location of every cell.</summary>
internal static class TableCollector
{
    /// <summary>The tables of <paramref name="document"/>, parsed from <paramref name="page"/>'s body.</summary>
    public static List<TableFact> Collect(MarkdownDocument document, PageSource page)
    {
        var tables = new List<TableFact>();
        LineIndex? lines = null; // made at the first table: most pages have none
        string? heading = null;
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock h:
                    heading = HeadingOutline.PlainText(h.Inline);
                    break;
                case Table table:
                    tables.Add(ToFact(table, heading, page, lines ??= new LineIndex(page.Body)));
                    break;
            }
        }
        return tables;
    }

    private static TableFact ToFact(Table table, string? heading, PageSource page, LineIndex lines)
    {
        List<TableCellFact> header = [];
        var rows = new List<TableRowFact>();
        foreach (var row in table.OfType<TableRow>())
        {
            // Markdig pads a short row with empty cells that have no position; dropping them keeps a ragged row ragged.
            var cells = new List<TableCellFact>();
            var previousEnd = row.Span.Start - 1;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (cell.Span.IsEmpty && cell.Count == 0) continue;
                cells.Add(new TableCellFact(CellText(cell), CellAt(page, lines, cell, previousEnd)));
                previousEnd = cell.Span.IsEmpty ? AfterPipe(page.Body, previousEnd) : cell.Span.End;
            }
            if (row.IsHeader && rows.Count == 0 && header.Count == 0) header = cells;
            else rows.Add(new TableRowFact(At(page, row.Line, 0), cells));
        }
        return new TableFact(heading, At(page, table.Line, table.Column), header, rows);
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<LeafBlock>().Select(b => HeadingOutline.PlainText(b.Inline)).Where(t => t.Length > 0));

    /// <summary>A cell is located at its first character of text, past the padding and pipe Markdig includes in its span;
    /// a written empty cell (no span) just after the pipe that opens it.</summary>
    private static SourceLocation CellAt(PageSource page, LineIndex lines, TableCell cell, int previousEnd)
    {
        var body = page.Body;
        var offset = cell.Span.IsEmpty ? AfterPipe(body, previousEnd) : cell.Span.Start;
        while (!cell.Span.IsEmpty && offset < body.Length && offset < cell.Span.End && body[offset] is ' ' or '\t' or '|') offset++;
        var (line, column) = lines.Locate(Math.Clamp(offset, 0, body.Length));
        return At(page, line, column);
    }

    private static int AfterPipe(string body, int offset)
    {
        var pipe = body.IndexOf('|', Math.Clamp(offset + 1, 0, body.Length));
        return pipe < 0 ? offset + 1 : pipe + 1;
    }

    private static SourceLocation At(PageSource page, int line, int column) => new(page.SourcePath, line + page.BodyFirstLine, column + 1);
}
