using Hotpass.Docs.Render.Search;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render.Steps;

/// <summary>Writes <c>search-index.js</c> from every page's parsed facts, so search works offline and from
/// <c>file://</c>. Framework requirement pages stay out: a catalogue holds hundreds of them, and the requirement
/// ids a control satisfies are searchable on the control's page, where the reader wants to land.</summary>
public sealed class SearchIndexStep : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = [SearchIndexBuilder.FileName];

    public void Run(RenderContext context)
    {
        var indexed = context.Site.Pages.Where(p => p.Content is not Model.Governance.RequirementContent).ToArray();
        var pages = new SearchPage[indexed.Length];
        Parallel.For(0, indexed.Length, Pipeline.CoreBound.Options, i => pages[i] = SearchPageReader.Read(indexed[i]));
        var bytes = SearchIndexBuilder.BuildUtf8(pages);
        context.Output.Add(new Output.RenderedFile(context.Writer.Write(SearchIndexBuilder.FileName, OutputKind.Generated, bytes.Span), null, null));
    }
}
