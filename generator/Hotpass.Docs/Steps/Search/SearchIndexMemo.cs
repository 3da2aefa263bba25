using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Each page as the previous passed build indexed it, kept by <c>serve</c>: a page is indexed from its parsed
/// document (or, for a generated page, the text its feature shows), title, summary and ids alone, so a rebuild reuses
/// it while those are the same (the same parsed document is the same object: an unchanged file keeps its parse; a
/// generated page's text is compared as text, since what it shows can change with any declaration) and indexes again
/// only the pages that changed.</summary>
internal sealed class SearchIndexMemo(IReadOnlyDictionary<string, SearchIndexMemo.Entry> pages, TermTable terms, int indexed)
{
    /// <summary>What a page was indexed from, and what it gave; <paramref name="Shown"/> is a generated page's text.</summary>
    internal sealed record Entry(PageDocument Document, IReadOnlyList<SearchSection>? Shown, string Title, string? Summary, IReadOnlyList<string> Ids,
        IndexedPage Indexed);

    /// <summary>The ids the kept pages' keys have; the next build's table starts from it.</summary>
    public TermTable Terms => terms;

    /// <summary>How many pages the build that kept this memo indexed (the rest it reused).</summary>
    public int Indexed => indexed;

    public static Entry For(Page page, IReadOnlyList<SearchSection>? shown, IndexedPage indexed) =>
        new(DocumentOf(page), shown, page.Title, page.Summary, page.Content.SearchIds, indexed);

    /// <summary>The page as indexed before, when nothing it is indexed from changed.</summary>
    public IndexedPage? Find(Page page, IReadOnlyList<SearchSection>? shown) =>
        pages.TryGetValue(page.OutputPath, out var before) && ReferenceEquals(before.Document, DocumentOf(page))
        && (shown is null ? before.Shown is null : before.Shown is not null && before.Shown.SequenceEqual(shown))
        && before.Title == page.Title && before.Summary == page.Summary && before.Ids.SequenceEqual(page.Content.SearchIds, StringComparer.Ordinal)
            ? before.Indexed
            : null;

    internal static PageDocument DocumentOf(Page page) => page.Content.Markdown?.Document ?? PageDocument.Empty;
}
