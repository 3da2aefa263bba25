using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Governance;

/// <summary>The governance step of the model stage: catalogues loaded, pages' risks and controls read into the model.</summary>
internal static class GovernanceStage
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
        var frameworks = new Lazy<IReadOnlyList<Framework>>(() => FrameworkCatalogues.Load(root, config.Governance.Frameworks, diagnostics, config.Exclude));
        // A site's own catalogue folder is always read, so its problems are reported even before it is used.
        if (config.Governance.Frameworks is not null) _ = frameworks.Value;
        return GovernanceModelBuilder.Build(pages, tablesOf, frameworks, config.Governance, diagnostics);
    }
}
