using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Governance;
using Hotpass.Docs.Load.Governance.Frameworks;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Reads every page's risks and controls (front matter and governance tables) into one
/// <see cref="GovernanceModel"/>; ids are made unique here, a duplicate reported at both places.</summary>
internal static class GovernanceModelBuilder
{
    /// <summary>The site's <c>governance.default_cadence</c>, understood as any control's cadence is; reported at its
    /// line in <c>hotpass-docs.yml</c> when it is not a cadence.</summary>
    internal static Cadence? FallbackCadence(CadencePolicy cadences, DiagnosticBag diagnostics)
    {
        if (cadences.Fallback is not { } written) return null;
        var cadence = CadenceParser.Parse(written.Text, cadences);
        if (cadence is null)
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, written.Location, "governance.default_cadence",
                "must be a cadence: per-build, daily, weekly, sprint, monthly, quarterly, yearly, release, per-pr or an ISO 8601 duration such as P30D");
        return cadence;
    }

    /// <param name="tablesOf">The parsed tables of a page; asked only for pages that declare <c>governance_tables:</c>.</param>
    /// <param name="frameworks">Read only when the site declares a risk or a control: the catalogues are YAML read at
    /// every start, and a site without governance never shows them.</param>
    public static GovernanceModel Build(
        IReadOnlyList<PageSource> pages,
        Func<PageSource, IReadOnlyList<TableFact>> tablesOf,
        Lazy<IReadOnlyList<Framework>> frameworks,
        GovernanceSettings settings,
        DiagnosticBag diagnostics)
    {
        var risks = new List<Risk>();
        var controls = new List<Control>();
        var waivers = new List<Waiver>();
        var documented = new List<PageControlReference>();
        var requirements = new RequirementResolver(frameworks);
        // Understood once, and only when some page declares something, so a site without governance is not told about it.
        var fallback = new Lazy<Cadence?>(() => FallbackCadence(settings.Cadences, diagnostics));
        foreach (var page in pages.Where(p => p.FrontMatter.FeedsGovernance).OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            foreach (var declaration in Declarations(page, tablesOf, diagnostics))
            {
                if (declaration.Kind == DeclarationKind.Risk) Add(risks, RiskReader.Read(declaration, diagnostics));
                else if (declaration.Kind == DeclarationKind.Waiver) Add(waivers, WaiverReader.Read(declaration, settings.MaxWaiver, settings.MaxWaiverText, diagnostics));
                else Add(controls, ControlReader.Read(declaration, settings.Cadences, fallback.Value, requirements, diagnostics));
            }
            documented.AddRange(page.FrontMatter.Controls.Select(c => new PageControlReference(page.SourcePath, c)));
        }
        var unique = UniqueIds.Keep(risks, controls, diagnostics);
        var shown = risks.Count + controls.Count > 0 ? frameworks.Value : [];
        return new GovernanceModel(unique.Risks, unique.Controls, shown, documented, settings)
        {
            Waivers = WaiverTargets.Keep(waivers, unique.Controls, diagnostics),
        };
    }

    private static IEnumerable<Declaration> Declarations(PageSource page, Func<PageSource, IReadOnlyList<TableFact>> tablesOf, DiagnosticBag diagnostics)
    {
        foreach (var declaration in FrontMatterDeclarations.Read(page, diagnostics)) yield return declaration;
        var specs = GovernanceTableSpecReader.Read(page.FrontMatter.Root, diagnostics);
        if (specs.Count == 0) yield break;
        var tables = tablesOf(page);
        foreach (var spec in specs)
            foreach (var declaration in GovernanceTableReader.Read(spec, tables, page.SourcePath, diagnostics))
                yield return declaration;
    }

    private static void Add<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null) list.Add(item);
    }
}
