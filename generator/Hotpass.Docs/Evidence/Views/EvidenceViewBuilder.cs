using System.Globalization;
using Hotpass.Docs.Evidence.Pages;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Facts;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Templates.View;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Evidence.Views;

/// <summary>Builds the view of an evidence page or the evidence index from the items and the judgements made once
/// in the model; nothing is recomputed here.</summary>
internal sealed class EvidenceViewBuilder(SiteModel site) : IFeatureViews
{
    private readonly Lazy<List<EvidenceSeriesView>> _series = new(() => EvidenceSeries.Of(site.Evidence.Items));
    private readonly GovernancePaths _paths = new(site.Governance.Settings.PagesFolder);
    private readonly Lazy<HashSet<string>> _outputs = new(() => site.Pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal));

    public EvidenceView? Build(Page page) => page.Content switch
    {
        EvidenceContent content => new EvidenceView(Item(content.Item, page), [], [], [], []),
        EvidenceIndexContent => Index(page),
        _ => null,
    };

    object? IFeatureViews.Build(Page page) => Build(page);

    public IReadOnlyList<ShownSection>? Text(Page page) => Build(page) is { } view ? EvidenceText.Of(view) : null;

    /// <summary>A link from <paramref name="from"/> to the item's page, with its status badge.</summary>
    public EvidenceLinkView Link(EvidenceItem item, Page from)
    {
        var status = site.Evidence.StatusOf(item);
        var statusClass = status is null ? null : ItemJudgement.StatusClass(status.Status);
        return new(item.Title ?? item.Id, from.RootPrefix + UrlEncoding.Href(EvidencePaths.Page(item)), Kind(item.Kind), Stamp(item.CollectedAt),
            Iso(item.CollectedAt), status?.StatusText, statusClass, statusClass ?? "uncited");
    }

    private EvidenceView Index(Page page)
    {
        var links = site.Evidence.Items.Select(i => Link(i, page)).ToList();
        return new EvidenceView(null, links, _series.Value, FilterOption.Of(links.Select(l => l.StatusKey), Statuses),
            FilterOption.Of(links.Select(l => l.Kind), [.. Enum.GetValues<EvidenceKind>().Select(k => (Kind(k), Kind(k)))]));
    }

    /// <summary>The index's status filter, worst first, as the badges word it.</summary>
    private static readonly (string, string)[] Statuses =
        [("missing", "missing"), ("stale", "stale"), ("due", "due"), ("fresh", "fresh"), ("uncited", "not cited")];

    private EvidenceItemView Item(EvidenceItem item, Page page)
    {
        var name = item.Path[(item.Path.LastIndexOf('/') + 1)..];
        var raw = EvidencePaths.Raw(item);
        var status = site.Evidence.StatusOf(item);
        var run = item.Facts is CiRunFacts { RunUrl: { } url } ? url : null;
        return new EvidenceItemView(
            item.Id, item.Path, Kind(item.Kind), item.Format.Version is { } v ? item.Format.Name + " " + v : item.Format.Name,
            UrlEncoding.Href(raw[(raw.LastIndexOf('/') + 1)..]), name, item.Sha256, Size(item.Size), Stamp(item.CollectedAt), item.Commit,
            CommitLink.Href(site.Config.RepoUrl, item.Commit), Linkable(item.SourceUrl), run != item.SourceUrl ? Linkable(run) : null,
            run is not null && run == item.SourceUrl ? "Workflow run" : "Source", item.Description, status?.StatusText, status is null ? null : ItemJudgement.StatusClass(status.Status),
            EvidenceFactTables.Of(item), [.. site.Evidence.JudgementsOf(item).Select(j => Citation(j, page))],
            item.Envelope is null ? null : site.Evidence.SignatureOf(item).Describe());
    }

    private EvidenceCitationView Citation(ItemJudgement judgement, Page page)
    {
        var control = site.Governance.FindControl(judgement.ControlId);
        var controlStatus = control is null ? "missing" : site.Evidence.For(control).StatusText;
        return new EvidenceCitationView(judgement.ControlId, control?.Title ?? judgement.ControlId, ControlHref(control, page), controlStatus,
            judgement.StatusText, ItemJudgement.StatusClass(judgement.Status), control?.Cadence?.Name,
            judgement.Age is { } age ? ControlJudge.Days(age) : null, Stamp(judgement.StaleAt), judgement.Reason);
    }

    /// <summary>The control's own generated page (never the top of the page that declared it), through the one URL
    /// encoding every href takes; null when the site has no page there (a clash took its path).</summary>
    private string? ControlHref(Control? control, Page page)
    {
        if (control is null) return null;
        var path = _paths.Control(control);
        return _outputs.Value.Contains(path) ? page.RootPrefix + UrlEncoding.Href(path) : null;
    }

    /// <summary>Only https links reach the page: any other (<c>javascript:</c>, <c>data:</c>, <c>http:</c>) is dropped
    /// here and reported by <c>EvidencePermalinkCheck</c> at the key that gave it.</summary>
    private static string? Linkable(string? url) => WebAddress.IsLinkable(url) ? url : null;

    private static string Kind(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Sbom => "SBOM",
        EvidenceKind.TestRun => "Test run",
        EvidenceKind.StaticAnalysis => "Static analysis",
        EvidenceKind.Coverage => "Coverage",
        EvidenceKind.CiRun => "CI run",
        EvidenceKind.Provenance => "Provenance",
        _ => "Other",
    };

    private static string Size(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    private static string? Iso(DateTimeOffset? t) =>
        t?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Stamp(DateTimeOffset? t) => t is { } v ? ControlJudge.Stamp(v) : null;
}
