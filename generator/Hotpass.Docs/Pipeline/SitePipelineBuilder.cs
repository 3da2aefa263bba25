using Hotpass.Docs.Check;
using Hotpass.Docs.Check.Accessibility;
using Hotpass.Docs.Evidence;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Steps;
using Hotpass.Docs.Steps.Links;
using Hotpass.Docs.Steps.Search;
using Markdig;

namespace Hotpass.Docs.Pipeline;

/// <summary>Configures a <see cref="SitePipeline"/>: markdown extensions, feature areas, gates over the model, steps after
/// rendering, and clock. <see cref="Build"/> freezes it.</summary>
public sealed class SitePipelineBuilder
{
    public MarkdownPipelineBuilder Markdown { get; } = MarkdownPipelineFactory.CreateBuilder();

    /// <summary>The feature areas, each bringing its kinds of page with their views, checks and steps
    /// (<see cref="ISiteFeature"/>): a new kind of page is a folder and one line here.</summary>
    internal IList<ISiteFeature> Features { get; } = [new GovernanceFeature(), new EvidenceFeature()];

    /// <summary>The site's own gates over the model; the features' run after these.</summary>
    public IList<ISiteCheck> Checks { get; } = [new DiataxisFolderCheck(), new ImageAltTextCheck(), new ReviewDueCheck()];

    /// <summary>Run in order after every page is rendered and the features' own steps have run, before the commit. The
    /// link gate comes after the steps that write HTML, so it sees their links too.</summary>
    internal IList<IPostRenderStep> PostRenderSteps { get; } =
        [new NotFoundPageStep(), new SitemapStep(), new SearchIndexStep(), new ExternalLinkReportStep(), new LinkChecker(), new ExternalLinkChecker()];

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public SitePipeline Build()
    {
        var features = new SiteFeatures([.. Features]);
        return new(Markdown.Build(), [.. Checks, .. features.All.SelectMany(f => f.Checks)],
            [.. features.All.SelectMany(f => f.Steps), .. PostRenderSteps], features, Clock);
    }
}
