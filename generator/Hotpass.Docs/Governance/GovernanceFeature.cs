using Hotpass.Docs.Check;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Governance.Check;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Governance.Pages;
using Hotpass.Docs.Governance.Views;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Templates;

namespace Hotpass.Docs.Governance;

/// <summary>Risks, controls and frameworks as pages: the register and the matrix (listed in their section) and a page per
/// risk, control and framework requirement; on every page the governance it declares or documents; the reference and RPN
/// gates; the matrix exports.</summary>
internal sealed class GovernanceFeature : ISiteFeature
{
    public string ViewName => "governance";

    /// <summary>None besides its pages: the exports are its step's outputs.</summary>
    public IEnumerable<string> ReservedOutputs(SiteParts parts) => [];

    public IEnumerable<GeneratedPage> Pages(SiteParts parts) => GovernancePages.Build(parts.Governance, parts.Matrix);

    public void AddViews(ViewMemberAccess members) => members
        .Add<GovernanceView>()
        .Add<GovernanceLink>()
        .Add<RiskView>()
        .Add<ControlView>()
        .Add<ControlEvidenceView>()
        .Add<EvidenceLink>()
        .Add<RequirementView>()
        .Add<RegisterView>()
        .Add<RegisterRow>()
        .Add<HeatMapCellView>()
        .Add<MatrixView>()
        .Add<CoverageView>()
        .Add<MatrixRowView>()
        .Add<WaiversView>()
        .Add<WaiverRow>()
        .Add<BacklinksView>();

    public IFeatureViews Views(SiteModel site) => new GovernanceViewBuilder(site, control => ControlEvidenceSlot.Of(site, control));

    /// <summary>A control has evidence for the RPN gate when its judgement found some, whatever its status.</summary>
    public IReadOnlyList<ISiteCheck> Checks { get; } =
        [new GovernanceReferenceCheck(), new RpnGateCheck((site, control) => site.Evidence.For(control).Earned != ControlStatus.Missing)];

    public IReadOnlyList<IPostRenderStep> Steps { get; } = [new MatrixExportStep()];

    /// <summary>The site's own framework catalogues, when it has a folder of them.</summary>
    public IEnumerable<string> InputFolders(SiteConfig config) => config.Governance.Frameworks is { } folder ? [folder] : [];

    public bool ChangesOtherPages(MarkdownContent? before, MarkdownContent? after) => DeclarationChange.Of(before, after);
}
