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
        var pages = context.Site.Pages.Where(p => p.Content is not Model.Governance.RequirementContent).Select(SearchPageReader.Read);
        context.WriteText(SearchIndexBuilder.FileName, OutputKind.Generated, SearchIndexBuilder.Build(pages), null, null);
    }
}
