using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>The site model of a <see cref="TempSite"/>, made the way the pipeline's load and model stages make it,
/// for tests that look at pages rather than HTML.</summary>
public static class SiteModelLoader
{
    public static SiteModel Load(TempSite site)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(site.Root, diagnostics);
        var files = ContentScanner.Scan(Path.Combine(site.Root, config.ContentDir), config.ContentDir + "/", diagnostics);
        var reader = new PageDocumentReader(new MarkdownRenderer(MarkdownPipelineFactory.CreateBuilder().Build()));
        var pages = files.Where(f => f.ContentPath.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => PageLoader.Load(f, config.ContentDir + "/" + f.ContentPath, diagnostics))
            .OfType<PageSource>()
            .Select(s => new MarkdownContent(s, reader.Read(s, diagnostics)))
            .ToList();
        var governance = GovernanceStage.Build(site.Root, config, pages, diagnostics);
        var parts = new SiteParts(config, governance, TraceabilityMatrix.Build(governance), EvidenceModel.Empty);
        var model = SiteModelBuilder.Build(parts, DateTimeOffset.UnixEpoch, pages, [], [], diagnostics,
            [.. new SitePipelineBuilder().Features.SelectMany(f => f.Pages(parts))]);
        Assert.Equal("", TempSite.Lines(diagnostics.ToSortedList()));
        return model;
    }
}
