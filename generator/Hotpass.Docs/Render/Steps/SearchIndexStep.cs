using Hotpass.Docs.Render.Search;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render.Steps;

/// <summary>Writes <c>search-index.js</c> from every page's parsed facts, so search works offline and from
/// <c>file://</c>.</summary>
public sealed class SearchIndexStep : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = [SearchIndexBuilder.FileName];

    public void Run(RenderContext context)
    {
        var pages = context.Site.Pages.Select(SearchPageReader.Read);
        context.WriteText(SearchIndexBuilder.FileName, OutputKind.Generated, SearchIndexBuilder.Build(pages), null, null);
    }
}
