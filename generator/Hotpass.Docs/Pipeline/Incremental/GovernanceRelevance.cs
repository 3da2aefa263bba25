using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Facts;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>Whether a page feeds the governance model (declares risks or controls, holds governance tables, or
/// documents controls), and whether a re-read changed what it feeds it. Such a change alters risk, control, register
/// and matrix pages, evidence judgements and the pages that show them, which an incremental rebuild does not scope,
/// so it renders everything; an edit that leaves the page's front matter and tables as they were (prose, a code
/// sample) changes only the page itself.</summary>
internal static class GovernanceRelevance
{
    public static bool Of(PageSource? page) => page?.FrontMatter.FeedsGovernance == true;

    public static bool Of(LoadedPage? page) => Of(page?.Content?.Source);

    /// <summary>True when the page fed the governance model before or after the re-read, and what it feeds it (its
    /// front matter as written, its tables' headings and cell text) is not the same; locations are left out, since
    /// the model stage runs whole and no generated page shows them.</summary>
    public static bool Changed(LoadedPage? before, LoadedPage? after)
    {
        if (!Of(before) && !Of(after)) return false;
        if (before?.Content is not { } b || after?.Content is not { } a) return true;
        return !string.Equals(b.Source.DeclarationText, a.Source.DeclarationText, StringComparison.Ordinal)
            || !SameTables(b.Document.Tables, a.Document.Tables);
    }

    private static bool SameTables(IReadOnlyList<TableFact> before, IReadOnlyList<TableFact> after) =>
        before.Count == after.Count && before.Zip(after).All(p => SameTable(p.First, p.Second));

    private static bool SameTable(TableFact before, TableFact after) =>
        before.Heading == after.Heading
        && SameCells(before.Header, after.Header)
        && before.Rows.Count == after.Rows.Count
        && before.Rows.Zip(after.Rows).All(r => SameCells(r.First.Cells, r.Second.Cells));

    private static bool SameCells(IReadOnlyList<TableCellFact> before, IReadOnlyList<TableCellFact> after) =>
        before.Count == after.Count && before.Zip(after).All(c => c.First.Text == c.Second.Text);
}
