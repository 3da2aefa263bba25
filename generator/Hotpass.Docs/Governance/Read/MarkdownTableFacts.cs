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
        var tables = new List<TableFact>();
        string? heading = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock h) heading = PlainText(h.Inline);
            else if (block is Table table) tables.Add(ToFact(table, heading, page));
        }
        return tables;
    }

    private static TableFact ToFact(Table table, string? heading, PageSource page)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.Count > 0 && rows[0].IsHeader ? Cells(rows[0], page) : [];
        var body = rows.Where(r => !r.IsHeader).Select(r => new TableRowFact(At(r, page), Cells(r, page))).ToList();
        return new TableFact(heading, At(table, page), header, body);
    }

    private static List<TableCellFact> Cells(TableRow row, PageSource page) =>
        [.. row.OfType<TableCell>().Select(c => new TableCellFact(
            string.Join(" ", c.OfType<ParagraphBlock>().Select(p => PlainText(p.Inline))).Trim(), At(c, page)))];

    private static SourceLocation At(Block block, PageSource page) =>
        new(page.SourcePath, block.Line + page.BodyFirstLine, block.Column + 1);

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
