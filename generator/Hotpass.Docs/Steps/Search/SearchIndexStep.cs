using Hotpass.Docs.Model;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Steps.Search;

/// <summary>Writes the search index (<see cref="SearchIndexBuilder"/>) from every page of the model, so search works offline
/// and from <c>file://</c>: a markdown page's parsed text, a generated page's text as its feature shows it, and every
/// page's title, summary and ids. The index reads the model alone, so it is built while the pages render
/// (<see cref="IPreparedStep"/>); in <c>serve</c> a rebuild indexes again only the pages that changed (<see cref="SearchIndexMemo"/>).</summary>
internal sealed class SearchIndexStep : IPreparedStep
{
    public IReadOnlyList<string> Outputs => SearchIndexBuilder.Outputs;

    // A thread of its own: Run blocks on it from the build's thread, which in serve is a pool thread itself, so the
    // index must not wait for a free pool thread to start.
    Task IPreparedStep.Prepare(SiteModel site, SiteFeatures features, StepMemos? memos) =>
        Task.Factory.StartNew(() => Build(site, features, memos), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public void Run(RenderContext context)
    {
        var built = context.Prepared.GetValueOrDefault(this) is Task<BuiltIndex> task
            ? task.GetAwaiter().GetResult()
            : Build(context.Site, context.Templates.Features, context.Memos);
        foreach (var (path, bytes) in built.Files)
            using (bytes)
                context.Output.Add(new RenderedFile(context.Writer.Write(path, OutputKind.Generated, bytes.WrittenSpan), null, null));
        // Ids of keys no page uses any more stay in the table; once they outnumber the live ones, the next build
        // starts afresh rather than carry them on.
        if (context.Memos is { } memos && built.Terms.Capacity <= 2 * built.Live + 1024)
        {
            var entries = new Dictionary<string, SearchIndexMemo.Entry>(built.Pages.Length, StringComparer.Ordinal);
            for (var i = 0; i < built.Pages.Length; i++) entries[built.Pages[i].OutputPath] = SearchIndexMemo.For(built.Pages[i], built.Shown[i], built.Indexed[i]);
            memos.Keep(new SearchIndexMemo(entries, built.Terms, built.Pages.Length - built.Reused));
        }
    }

    private static BuiltIndex Build(SiteModel site, SiteFeatures features, StepMemos? memos)
    {
        var pages = site.Pages.Where(p => p.Content.IsSearched).OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToArray();
        var views = features.All.Select(f => f.Views(site)).ToArray();
        // A generated page's text is made first (it is what a kept page is compared by); a markdown page's is read in place.
        var shown = new List<SearchSection>?[pages.Length];
        Parallel.For(0, pages.Length, Load.CoreBound.Options, i => shown[i] = pages[i].Content.Markdown is null ? SearchPageReader.Shown(pages[i], views) : null);
        var previous = memos?.Previous<SearchIndexMemo>();
        var terms = previous?.Terms.Next() ?? new TermTable();
        var reused = 0;
        var indexed = SearchIndexBuilder.Index(pages.Length, i => Read(pages[i], shown[i]), SearchIndexLimits.Default, terms,
            previous is null ? null : i => previous.Find(pages[i], shown[i]) is { } kept ? Counted(kept, ref reused) : null);
        var files = SearchIndexBuilder.Write(indexed, terms, SearchIndexLimits.Default, out var live);
        return new BuiltIndex(pages, shown, indexed, terms, live, reused, files);
    }

    private static SearchPage Read(Page page, List<SearchSection>? shown) =>
        shown is null ? SearchPageReader.Read(page, []) : new SearchPage(page.OutputPath, page.Title, page.Summary, shown, page.Content.SearchIds);

    private static IndexedPage Counted(IndexedPage kept, ref int reused)
    {
        Interlocked.Increment(ref reused);
        return kept;
    }

    /// <summary>The index of one build, written into pooled buffers, with what its memo keeps.</summary>
    private sealed record BuiltIndex(Page[] Pages, List<SearchSection>?[] Shown, IndexedPage[] Indexed, TermTable Terms, int Live, int Reused,
        List<(string Path, PooledBufferWriter Bytes)> Files);
}
