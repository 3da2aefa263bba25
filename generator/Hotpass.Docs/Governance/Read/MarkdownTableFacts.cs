using System.Text;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model.Facts;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hotpass.Docs.Governance.Read;

/// <summary>Reads the pipe tables of a page body into <see cref="TableFact"/>s, each under its nearest heading.</summary>
/// <remarks>Used only for pages that declare <c>governance_tables:</c>, until the page's parse-once document (which
/// carries the same facts for every page) is merged; then this reader is replaced by those facts.</remarks>
internal static class MarkdownTableFacts
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static IReadOnlyList<TableFact> Read(PageSource page)
    {
        var document = Markdown.Parse(page.Body, Pipeline);
        var lines = new BodyLines(page);
        var tables = new List<TableFact>();
        string? heading = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock h) heading = PlainText(h.Inline);
            else if (block is Table table) tables.Add(ToFact(table, heading, lines));
        }
        return tables;
    }

    private static TableFact ToFact(Table table, string? heading, BodyLines lines)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.Count > 0 && rows[0].IsHeader ? Cells(rows[0], lines) : [];
        var body = rows.Where(r => !r.IsHeader).Select(r => new TableRowFact(lines.At(r.Span.Start, startOfLine: true), Cells(r, lines))).ToList();
        return new TableFact(heading, lines.At(table.Span.Start, startOfLine: true), header, body);
    }

    /// <summary>The cells a row really has: Markdig pads a short row with position-less empty cells (no paragraph),
    /// which are dropped so a ragged row stays ragged; a written empty cell is placed just after the previous pipe.</summary>
    private static List<TableCellFact> Cells(TableRow row, BodyLines lines)
    {
        var cells = new List<TableCellFact>();
        var previousEnd = row.Span.Start - 1;
        foreach (var cell in row.OfType<TableCell>())
        {
            if (cell.Span.IsEmpty && cell.Count == 0) continue;
            var text = string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => PlainText(p.Inline))).Trim();
            var offset = cell.Span.IsEmpty ? lines.AfterPipe(previousEnd) : lines.FirstNonSpace(cell.Span.Start, cell.Span.End);
            if (!cell.Span.IsEmpty) previousEnd = cell.Span.End;
            else previousEnd = lines.AfterPipe(previousEnd);
            cells.Add(new TableCellFact(text, lines.At(offset)));
        }
        return cells;
    }

    /// <summary>Maps offsets in a page body to source lines and columns.</summary>
    private sealed class BodyLines
    {
        private readonly PageSource _page;
        private readonly List<int> _starts = [0];

        public BodyLines(PageSource page)
        {
            _page = page;
            for (var i = 0; i < page.Body.Length; i++)
                if (page.Body[i] == '\n') _starts.Add(i + 1);
        }

        public SourceLocation At(int offset, bool startOfLine = false)
        {
            offset = Math.Clamp(offset, 0, _page.Body.Length);
            var index = _starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return new SourceLocation(_page.SourcePath, line + _page.BodyFirstLine, startOfLine ? 1 : offset - _starts[line] + 1);
        }

        public int FirstNonSpace(int start, int end)
        {
            for (var i = start; i <= end && i < _page.Body.Length; i++)
                if (_page.Body[i] is not (' ' or '\t' or '|')) return i;
            return start;
        }

        /// <summary>The offset just after the next pipe following <paramref name="offset"/> (where an empty cell starts).</summary>
        public int AfterPipe(int offset)
        {
            var pipe = _page.Body.IndexOf('|', Math.Max(offset + 1, 0));
            return pipe < 0 ? offset + 1 : pipe + 1;
        }
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline literal: text.Append(literal.Content); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }
}
