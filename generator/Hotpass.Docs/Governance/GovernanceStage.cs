using Markdig;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Governance;

/// <summary>The governance step of the model stage: catalogues loaded, pages' risks and controls read into the model.</summary>
public static class GovernanceStage
{
    /// <summary>The model from pages already parsed once: their tables come from their documents.</summary>
    public static GovernanceModel Build(string root, SiteConfig config, IReadOnlyList<MarkdownContent> pages, DiagnosticBag diagnostics)
    {
        var tables = new Dictionary<PageSource, IReadOnlyList<TableFact>>(ReferenceEqualityComparer.Instance);
        foreach (var page in pages) tables[page.Source] = page.Document.Tables;
        return Build(root, config, [.. pages.Select(p => p.Source)], page => tables[page], diagnostics);
    }

    private static GovernanceModel Build(string root, SiteConfig config, IReadOnlyList<PageSource> pages,
        Func<PageSource, IReadOnlyList<TableFact>> tablesOf, DiagnosticBag diagnostics)
    {
        var frameworks = new Lazy<IReadOnlyList<Framework>>(() => FrameworkCatalogues.Load(root, config.Governance.Frameworks, diagnostics));
        // A site's own catalogue folder is always read, so its problems are reported even before it is used.
        if (config.Governance.Frameworks is not null) _ = frameworks.Value;
        return GovernanceModelBuilder.Build(pages, tablesOf, frameworks, config.Governance, diagnostics);
    }

    /// <summary>The tables of a page that was loaded but not rendered (<c>matrix</c>): a parse with tables only.</summary>
    internal static IReadOnlyList<TableFact> TablesOf(PageSource page) =>
        TableCollector.Collect(Markdig.Markdown.Parse(page.Body, TablesOnly), page);

    private static readonly Markdig.MarkdownPipeline TablesOnly = new Markdig.MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Loads just what the governance model needs from a site folder (configuration and pages, no rendering),
    /// for <c>hotpass-docs matrix</c>; reference problems are reported too.</summary>
    public static GovernanceModel Load(string root, DiagnosticBag diagnostics) => Load(root, diagnostics, out _);

    /// <param name="config">The site configuration read on the way, whose severity overrides apply to the diagnostics.</param>
    public static GovernanceModel Load(string root, DiagnosticBag diagnostics, out SiteConfig config)
    {
        root = Path.GetFullPath(root);
        config = SiteConfigReader.Read(root, diagnostics);
        var files = ContentScanner.Scan(Path.Combine(root, config.ContentDir), config.ContentDir + "/", diagnostics)
            .Where(f => UrlPaths.IsMarkdown(f.ContentPath)).ToList();
        var contentDir = config.ContentDir;
        var sources = new PageSource?[files.Count];
        Parallel.For(0, files.Count, i =>
            sources[i] = PageLoader.Load(files[i], contentDir + "/" + files[i].ContentPath, diagnostics));
        var model = Build(root, config, [.. sources.OfType<PageSource>()], TablesOf, diagnostics);
        Check.GovernanceReferenceCheck.Report(model, diagnostics);
        return model;
    }
}
