using Hotpass.Docs.Model;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Writes <c>search-index.js</c> from every page's parsed facts, so search works offline and from
/// <c>file://</c>. Framework requirement pages stay out: a catalogue holds hundreds of them, and the requirement
/// ids a control satisfies are searchable on the control's page, where the reader wants to land. The index reads
/// the model alone, so it is built while the pages render (<see cref="IPreparedStep"/>); in <c>serve</c> a rebuild
/// indexes again only the pages that changed (<see cref="SearchIndexMemo"/>).</summary>
internal sealed class SearchIndexStep : IPreparedStep
{
    public IReadOnlyList<string> Outputs { get; } = [SearchIndexBuilder.FileName];

    // A thread of its own: Run blocks on it from the build's thread, which in serve is a pool thread itself, so the
    // index must not wait for a free pool thread to start.
    Task IPreparedStep.Prepare(SiteModel site, StepMemos? memos) =>
        Task.Factory.StartNew(() => Build(site, memos), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public void Run(RenderContext context)
    {
        var built = context.Prepared.GetValueOrDefault(this) is Task<BuiltIndex> task ? task.GetAwaiter().GetResult() : Build(context.Site, context.Memos);
        using (built.Bytes)
            context.Output.Add(new RenderedFile(context.Writer.Write(SearchIndexBuilder.FileName, OutputKind.Generated, built.Bytes.WrittenSpan), null, null));
        // Ids of words no page uses any more stay in the table; once they outnumber the live ones, the next build
        // starts afresh rather than carry them on.
        if (context.Memos is { } memos && built.Terms.Capacity <= 2 * built.Vocabulary.Live + 1024)
        {
            var entries = new Dictionary<string, SearchIndexMemo.Entry>(built.Pages.Length, StringComparer.Ordinal);
            for (var i = 0; i < built.Pages.Length; i++) entries[built.Pages[i].OutputPath] = SearchIndexMemo.For(built.Pages[i], built.Indexed[i]);
            memos.Keep(new SearchIndexMemo(entries, built.Terms, built.Pages.Length - built.Reused));
        }
    }

    private static BuiltIndex Build(SiteModel site, StepMemos? memos)
    {
        var pages = site.Pages.Where(p => p.Content.IsSearched).OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToArray();
        var previous = memos?.Previous<SearchIndexMemo>();
        var terms = previous?.Terms.Next() ?? new TermTable();
        var reused = 0;
        var indexed = SearchIndexBuilder.Index(pages.Length, i => SearchPageReader.Read(pages[i]), SearchIndexLimits.Default, terms,
            previous is null ? null : i => previous.Find(pages[i]) is { } kept ? Counted(kept, ref reused) : null);
        var vocabulary = SearchVocabulary.Of(indexed, terms);
        var bytes = new PooledBufferWriter(SearchIndexBuilder.EstimatedBytes(indexed, vocabulary));
        SearchIndexBuilder.Write(indexed, vocabulary, bytes);
        return new BuiltIndex(pages, indexed, terms, vocabulary, reused, bytes);
    }

    private static IndexedPage Counted(IndexedPage kept, ref int reused)
    {
        Interlocked.Increment(ref reused);
        return kept;
    }

    /// <summary>The index of one build, written into a pooled buffer, with what its memo keeps.</summary>
    private sealed record BuiltIndex(Page[] Pages, IndexedPage[] Indexed, TermTable Terms, SearchVocabulary Vocabulary, int Reused, PooledBufferWriter Bytes);
}
