using Hotpass.Docs.Check;
using Hotpass.Docs.Check.Accessibility;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Render;
using Hotpass.Docs.Evidence.Check;
using Hotpass.Docs.Evidence.Pages;
using Hotpass.Docs.Governance.Check;
using Hotpass.Docs.Steps.Links;
using Hotpass.Docs.Steps.Search;
using Hotpass.Docs.Steps;
using Markdig;

namespace Hotpass.Docs.Pipeline;

/// <summary>Configures a <see cref="SitePipeline"/>: markdown extensions, gates over the model, steps after
/// rendering, and clock. <see cref="Build"/> freezes it.</summary>
public sealed class SitePipelineBuilder
{
    public MarkdownPipelineBuilder Markdown { get; } = MarkdownPipelineFactory.CreateBuilder();

    public IList<ISiteCheck> Checks { get; } = [new DiataxisFolderCheck(), new ImageAltTextCheck(), new ReviewDueCheck(), new GovernanceReferenceCheck(),
        new RpnGateCheck((site, control) => site.Evidence.For(control).Status != ControlStatus.Missing), new EvidenceGateCheck()];

    /// <summary>Run in order after every page is rendered, before the commit. The link gate comes after the steps that
    /// write HTML, so it sees their links too.</summary>
    public IList<IPostRenderStep> PostRenderSteps { get; } =
        [new EvidenceFilesStep(), new NotFoundPageStep(), new SitemapStep(), new MatrixExportStep(), new SearchIndexStep(), new ExternalLinkReportStep(),
            new LinkChecker(), new ExternalLinkChecker()];

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public SitePipeline Build() => new(Markdown.Build(), [.. Checks], [.. PostRenderSteps], Clock);
}
