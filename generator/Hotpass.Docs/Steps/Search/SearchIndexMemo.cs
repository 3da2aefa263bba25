using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Each page as the previous passed build indexed it, kept by <c>serve</c>: a page is indexed from its parsed
/// document, title, summary and ids alone, so a rebuild reuses it while those are the same (the same parsed document
/// is the same object: an unchanged file keeps its parse) and indexes again only the pages that changed.</summary>
internal sealed class SearchIndexMemo(IReadOnlyDictionary<string, SearchIndexMemo.Entry> pages, TermTable terms, int indexed)
{
    /// <summary>What a page was indexed from, and what it gave.</summary>
    internal sealed record Entry(PageDocument Document, string Title, string? Summary, IReadOnlyList<string> Ids, IndexedPage Indexed);

    /// <summary>The ids the kept pages' terms have; the next build's table starts from it.</summary>
    public TermTable Terms => terms;

    /// <summary>How many pages the build that kept this memo indexed (the rest it reused).</summary>
    public int Indexed => indexed;

    public static Entry For(Page page, IndexedPage indexed) =>
        new(DocumentOf(page), page.Title, page.Summary, page.Content.SearchIds, indexed);

    /// <summary>The page as indexed before, when nothing it is indexed from changed.</summary>
    public IndexedPage? Find(Page page) =>
        pages.TryGetValue(page.OutputPath, out var before) && ReferenceEquals(before.Document, DocumentOf(page))
        && before.Title == page.Title && before.Summary == page.Summary && before.Ids.SequenceEqual(page.Content.SearchIds, StringComparer.Ordinal)
            ? before.Indexed
            : null;

    internal static PageDocument DocumentOf(Page page) => page.Content.Markdown?.Document ?? PageDocument.Empty;
}
