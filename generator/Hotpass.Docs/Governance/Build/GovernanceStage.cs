using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance.Frameworks;
using Hotpass.Docs.Governance.Model;
using Hotpass.Docs.Governance.Read;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Governance.Build;

/// <summary>The governance step of the model stage: catalogues loaded, pages' risks and controls read into the model.</summary>
public static class GovernanceStage
{
    public static GovernanceModel Build(string root, SiteConfig config, IReadOnlyList<PageSource> pages, DiagnosticBag diagnostics)
    {
        var frameworks = FrameworkCatalogues.Load(root, config.Governance.Frameworks, diagnostics);
        return GovernanceModelBuilder.Build(pages, MarkdownTableFacts.Read, frameworks, config.Governance, diagnostics);
    }

    /// <summary>Loads just what the governance model needs from a site folder (configuration and pages, no rendering),
    /// for <c>hotpass-docs matrix</c>; reference problems are reported too.</summary>
    public static GovernanceModel Load(string root, DiagnosticBag diagnostics) => Load(root, diagnostics, out _);

    /// <param name="config">The site configuration read on the way, whose severity overrides apply to the diagnostics.</param>
    public static GovernanceModel Load(string root, DiagnosticBag diagnostics, out SiteConfig config)
    {
        root = Path.GetFullPath(root);
        config = SiteConfigReader.Read(root, diagnostics);
        var files = ContentScanner.Scan(Path.Combine(root, config.ContentDir), config.ContentDir + "/", diagnostics)
            .Where(f => f.ContentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        var contentDir = config.ContentDir;
        var sources = new PageSource?[files.Count];
        Parallel.For(0, files.Count, i =>
            sources[i] = PageLoader.Load(files[i], contentDir + "/" + files[i].ContentPath, diagnostics));
        var model = Build(root, config, [.. sources.OfType<PageSource>()], diagnostics);
        Check.GovernanceReferenceCheck.Report(model, diagnostics);
        return model;
    }
}
