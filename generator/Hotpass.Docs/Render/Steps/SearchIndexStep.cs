using Hotpass.Docs.Render.Search;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render.Steps;

/// <summary>Writes <c>search-index.js</c> from every page's parsed facts, so search works offline and from
/// <c>file://</c>. Framework requirement pages stay out: a catalogue holds hundreds of them, and the requirement
/// ids a control satisfies are searchable on the control's page, where the reader wants to land. In <c>serve</c> a
/// rebuild indexes again only the pages that changed (<see cref="SearchIndexMemo"/>).</summary>
public sealed class SearchIndexStep : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = [SearchIndexBuilder.FileName];

    public void Run(RenderContext context)
    {
        var pages = context.Site.Pages.Where(p => p.Content is not Model.Governance.RequirementContent)
            .OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToArray();
        var previous = context.Memos?.Previous<SearchIndexMemo>();
        var terms = previous?.Terms.Next() ?? new TermTable();
        var reused = 0;
        var indexed = SearchIndexBuilder.Index(pages.Length, i => SearchPageReader.Read(pages[i]), SearchIndexLimits.Default, terms,
            previous is null ? null : i => previous.Find(pages[i]) is { } kept ? Counted(kept, ref reused) : null);
        var vocabulary = SearchVocabulary.Of(indexed, terms);
        using (var buffer = new PooledBufferWriter(SearchIndexBuilder.EstimatedBytes(indexed, vocabulary)))
        {
            SearchIndexBuilder.Write(indexed, vocabulary, buffer);
            context.Output.Add(new Output.RenderedFile(context.Writer.Write(SearchIndexBuilder.FileName, OutputKind.Generated, buffer.WrittenSpan), null, null));
        }
        // Ids of words no page uses any more stay in the table; once they outnumber the live ones, the next build
        // starts afresh rather than carry them on.
        if (context.Memos is { } memos && terms.Capacity <= 2 * vocabulary.Live + 1024)
        {
            var entries = new Dictionary<string, SearchIndexMemo.Entry>(pages.Length, StringComparer.Ordinal);
            for (var i = 0; i < pages.Length; i++) entries[pages[i].OutputPath] = SearchIndexMemo.For(pages[i], indexed[i]);
            memos.Keep(new SearchIndexMemo(entries, terms, pages.Length - reused));
        }
    }

    private static IndexedPage Counted(IndexedPage kept, ref int reused)
    {
        Interlocked.Increment(ref reused);
        return kept;
    }
}
