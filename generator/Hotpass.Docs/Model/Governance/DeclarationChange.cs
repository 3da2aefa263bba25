using Hotpass.Docs.Load.Facts;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Whether a page read again changed what it feeds the governance model (its front matter as written, its
/// tables' headings and cell text): such a change alters risk, control, register, matrix and evidence pages, which an
/// incremental rebuild does not scope. Prose or a code sample on a declaring page changes that page alone. Locations
/// are left out: the model stage runs whole every time, and no generated page shows them.</summary>
internal static class DeclarationChange
{
    /// <param name="before">The page as the last build read it; null when it was added.</param>
    /// <param name="after">The page as read now; null when it was deleted.</param>
    public static bool Of(MarkdownContent? before, MarkdownContent? after)
    {
        if (!Feeds(before) && !Feeds(after)) return false;
        if (before is null || after is null) return true;
        return !string.Equals(before.Source.DeclarationText, after.Source.DeclarationText, StringComparison.Ordinal)
            || !SameTables(before.Document.Tables, after.Document.Tables);
    }

    private static bool Feeds(MarkdownContent? page) => page?.Source.FrontMatter.FeedsGovernance == true;

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
