using Hotpass.Docs.Check;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Evidence.Check;
using Hotpass.Docs.Evidence.Pages;
using Hotpass.Docs.Evidence.Views;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Templates;

namespace Hotpass.Docs.Evidence;

/// <summary>Evidence as pages: a page per evidence file with its facts and the controls citing it, and the evidence
/// index; the evidence gate; the raw files copied beside their pages with <c>evidence-manifest.json</c>.</summary>
internal sealed class EvidenceFeature : ISiteFeature
{
    public string ViewName => "evidence";

    /// <summary>Every page, raw copy, the index and the manifest, taken from the items themselves.</summary>
    public IEnumerable<string> ReservedOutputs(SiteParts parts) => EvidencePaths.Outputs(parts.Evidence.Items);

    public IEnumerable<GeneratedPage> Pages(SiteParts parts) => EvidencePages.Of(parts.Evidence);

    public void AddViews(ViewMemberAccess members) => members
        .Add<EvidenceView>()
        .Add<EvidenceItemView>()
        .Add<EvidenceTableView>()
        .Add<EvidenceCitationView>()
        .Add<EvidenceLinkView>()
        .Add<EvidenceSeriesView>();

    public IFeatureViews Views(SiteModel site) => new EvidenceViewBuilder(site);

    public IReadOnlyList<ISiteCheck> Checks { get; } = [new EvidenceGateCheck(), new EvidencePermalinkCheck()];

    public IReadOnlyList<IPostRenderStep> Steps { get; } = [new EvidenceFilesStep()];

    /// <summary>None of its own: the evidence folder is read, and stamped, by the load stage of every build.</summary>
    public IEnumerable<string> InputFolders(SiteConfig config) => [];

    /// <summary>An evidence page lists the controls citing its file, declared on pages: a page that feeds the governance
    /// model can change them.</summary>
    public bool ChangesOtherPages(MarkdownContent? before, MarkdownContent? after) => DeclarationChange.Of(before, after);
}
