using Hotpass.Docs.Check;
using Hotpass.Docs.Governance.Check;
using Hotpass.Docs.Render.Markdown;
using Markdig;

namespace Hotpass.Docs.Pipeline;

/// <summary>Configures a <see cref="SitePipeline"/>: markdown extensions, gates and clock. <see cref="Build"/> freezes it.</summary>
public sealed class SitePipelineBuilder
{
    public MarkdownPipelineBuilder Markdown { get; } = MarkdownPipelineFactory.CreateBuilder();

    public IList<ISiteCheck> Checks { get; } = [new DiataxisFolderCheck(), new ReviewDueCheck(), new GovernanceReferenceCheck(), new RpnGateCheck()];

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public SitePipeline Build() => new(Markdown.Build(), [.. Checks], Clock);
}
