using System.Globalization;
using Hotpass.Docs.Evidence.Pages;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Evidence.Views;

/// <summary>Builds the view of an evidence page or the evidence index from the items and the judgements made once
/// in the model; nothing is recomputed here.</summary>
public sealed class EvidenceViewBuilder(SiteModel site) : IFeatureViews
{
    private readonly Lazy<List<EvidenceSeriesView>> _series = new(() => EvidenceSeries.Of(site.Evidence.Items));

    public EvidenceView? Build(Page page) => page.Content switch
    {
        EvidenceContent content => new EvidenceView(Item(content.Item, page), [], []),
        EvidenceIndexContent => new EvidenceView(null, [.. site.Evidence.Items.Select(i => Link(i, page))], _series.Value),
        _ => null,
    };

    object? IFeatureViews.Build(Page page) => Build(page);

    /// <summary>A link from <paramref name="from"/> to the item's page, with its status badge.</summary>
    public EvidenceLinkView Link(EvidenceItem item, Page from) => new(
        item.Title ?? item.Id, from.RootPrefix + UrlEncoding.HrefEscapingAll(EvidencePaths.Page(item)), Kind(item.Kind), Stamp(item.CollectedAt), Status(item));

    private EvidenceItemView Item(EvidenceItem item, Page page)
    {
        var rawName = item.Path[(item.Path.LastIndexOf('/') + 1)..];
        return new EvidenceItemView(
            item.Id, item.Path, Kind(item.Kind), item.Format.Version is { } v ? item.Format.Name + " " + v : item.Format.Name,
            Uri.EscapeDataString(rawName), rawName, item.Sha256, Size(item.Size), Stamp(item.CollectedAt), item.Commit,
            SafeUrl(item.SourceUrl), item.Description, Status(item), EvidenceFactTables.Of(item),
            [.. site.Evidence.Citing(item).Select(j => Citation(j, item, page))]);
    }

    private EvidenceCitationView Citation(ControlEvidence judgement, EvidenceItem item, Page page)
    {
        var control = site.Governance.FindControl(judgement.ControlId);
        var staleAt = item.CollectedAt is { } at ? control?.Cadence?.StaleFrom(at) : null;
        var age = item.CollectedAt is { } c ? ControlJudge.Days(site.AsOf - c) : null;
        return new EvidenceCitationView(judgement.ControlId, control?.Title ?? judgement.ControlId, ControlHref(control, page),
            judgement.StatusText, control?.Cadence?.Name, age, Stamp(staleAt), judgement.Reason);
    }

    private string? ControlHref(Control? control, Page page)
    {
        var prefix = site.Config.ContentDir + "/";
        if (control is null || !control.Page.StartsWith(prefix, StringComparison.Ordinal)) return null;
        return page.RootPrefix + UrlPaths.OutputPathFor(control.Page[prefix.Length..]);
    }

    private string? Status(EvidenceItem item) => site.Evidence.StatusOf(item) is { } s ? ControlEvidence.StatusName(s) : null;

    /// <summary>Only web links reach the page: a sidecar's <c>source_url</c> of another scheme (<c>javascript:</c>) is dropped.</summary>
    private static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? url : null;

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

    private static string? Stamp(DateTimeOffset? t) => t is { } v ? ControlJudge.Stamp(v) : null;
}
