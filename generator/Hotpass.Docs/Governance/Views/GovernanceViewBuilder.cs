using System.Globalization;
using Hotpass.Docs.Governance.HeatMap;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Governance.Pages;
using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Templates.View;
using Hotpass.Docs.Text;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Governance.Views;

/// <summary>Builds the governance part of each page's view from the model (never re-reading a page): links are made once
/// here, so render threads only read them.</summary>
internal sealed class GovernanceViewBuilder : IFeatureViews
{
    private readonly SiteModel _site;
    private readonly GovernanceModel _model;
    private readonly GovernancePaths _paths;
    private readonly Func<Control, ControlEvidenceView?> _evidenceOf;
    private readonly Dictionary<string, Page> _pagesBySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BacklinksView> _backlinks = new(StringComparer.Ordinal);
    private readonly Dictionary<Risk, GovernanceLink> _riskLinks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Control, GovernanceLink> _controlLinks = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<RegisterView> _register;
    private readonly Lazy<MatrixView> _matrix;

    /// <param name="evidenceOf">The evidence stage's view of a control's evidence; without it every control page says
    /// its evidence was not judged in this build.</param>
    public GovernanceViewBuilder(SiteModel site, Func<Control, ControlEvidenceView?>? evidenceOf = null)
    {
        _site = site;
        _model = site.Governance;
        _paths = new GovernancePaths(_model.Settings.PagesFolder);
        _evidenceOf = evidenceOf ?? (_ => null);
        foreach (var page in site.Pages)
            if (page.Source is { } source) _pagesBySource.TryAdd(source.SourcePath, page);
        foreach (var risk in _model.Risks) _riskLinks[risk] = NewLink(risk);
        foreach (var control in _model.Controls) _controlLinks[control] = NewLink(control);
        foreach (var (path, backlinks) in Backlinks()) _backlinks[path] = backlinks;
        _register = new(Register);
        _matrix = new(Matrix);
    }

    /// <summary>The governance view of <paramref name="page"/>; null for a page with nothing to show of it.</summary>
    public GovernanceView? Build(Page page) => page.Content switch
    {
        RiskContent risk => new GovernanceView(Risk: Risk(risk.Risk)),
        ControlContent control => new GovernanceView(Control: Control(control.Control)),
        RequirementContent requirement => new GovernanceView(Requirement: Requirement(requirement)),
        RegisterContent => new GovernanceView(Register: _register.Value),
        MatrixContent => new GovernanceView(Matrix: _matrix.Value),
        WaiversContent => new GovernanceView(Waivers: Waivers()),
        _ when page.Source is { } source && _backlinks.TryGetValue(source.SourcePath, out var backlinks) => new GovernanceView(Backlinks: backlinks),
        _ => null,
    };

    object? IFeatureViews.Build(Page page) => Build(page);

    /// <summary>The text of a generated governance page, from its view; null for a markdown page.</summary>
    public IReadOnlyList<ShownSection>? Text(Page page) => page.Content.Markdown is null && Build(page) is { } view ? GovernanceText.Of(view) : null;

    private RiskView Risk(Risk risk) => new(
        risk.Id, risk.Title, risk.Effect,
        Number(risk.Severity), Number(risk.Occurrence), Number(risk.Detection), Number(risk.Rpn),
        IsAboveThreshold(risk), Number(_model.Settings.RpnThreshold), risk.Owner, StatusOf(risk),
        PageLink(risk.Page), [.. _model.ControlsFor(risk).Select(Link)]);

    private ControlView Control(Control control) => new(
        control.Id, control.Title, control.Owner, control.Cadence?.Name, control.Safeguards, PageLink(control.Page),
        [.. _model.RisksFor(control).OrderByDescending(r => r.Rpn ?? 0).ThenBy(r => r.Id, StringComparer.Ordinal).Select(Link)],
        [.. control.Satisfies.Select(s => _model.FindRequirement(s)).OfType<FrameworkRequirement>().Select(Link)],
        [.. _model.PagesDocumenting(control).Select(PageLink).OfType<NavLink>()],
        [.. control.Evidence.Select(e => e.Id)],
        _evidenceOf(control));

    private RequirementView Requirement(RequirementContent content) => new(
        content.Framework.Id, content.Framework.Title, content.Framework.Version, content.Requirement.Id, content.Requirement.Title,
        [.. _model.ControlsSatisfying(content.Requirement).Select(Link)]);

    private RegisterView Register()
    {
        var risks = _model.Risks.OrderByDescending(r => r.Rpn ?? 0).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var map = new RiskHeatMap(risks);
        var root = UrlPaths.RootPrefix(_paths.Register.AsSpan().Count('/'));
        var links = new HeatMapLinks(map, r => root + Link(r).Url);
        var rows = risks.Select(r => new RegisterRow(Link(r), Number(r.Severity), Number(r.Occurrence), Number(r.Detection), Number(r.Rpn),
            IsAboveThreshold(r), StatusOf(r), StatusOf(r) is { Length: > 0 } status ? status : "none", r.Owner,
            [.. _model.ControlsFor(r).Select(Link)])).ToList();
        return new RegisterView(rows, HeatMapSvg.Write(map, "risk-heatmap", links), HeatMapTable.Write(map, links), Number(_model.Settings.RpnThreshold),
            FilterOption.Of(rows.Select(r => r.StatusKey), RiskStatuses), [.. Cells(map)]);
    }

    /// <summary>The heat map's non-empty cells, in the order its description reads them.</summary>
    private IEnumerable<HeatMapCellView> Cells(RiskHeatMap map)
    {
        for (var severity = 10; severity >= 1; severity--)
            for (var occurrence = 10; occurrence >= 1; occurrence--)
                if (map.RisksAt(severity, occurrence) is { Count: > 0 } risks)
                    yield return new HeatMapCellView(HeatMapLinks.Anchor(severity, occurrence), HeatMapLinks.Filter(severity, occurrence),
                        severity, occurrence, [.. risks.Select(Link)]);
    }

    private MatrixView Matrix()
    {
        var matrix = _site.Matrix;
        var pages = _site.Pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var coverage = matrix.Coverage.Select(c => new CoverageView(c.Framework.Id, c.Framework.Title, c.Framework.Version, c.Total,
            c.Covered.Count, [.. c.Uncovered.Select(r => pages.Contains(_paths.Requirement(r)) ? Link(r) : Unlinked(r))])).ToList();
        var rows = matrix.Rows.Select(r => new MatrixRowView(
            r.Requirement?.Framework ?? "",
            r.Requirement is null ? null : Link(r.Requirement),
            r.Control is null ? null : Link(r.Control),
            r.Control?.Cadence?.Name,
            [.. r.Risks.Select(Link)],
            r.Evidence,
            MatrixText.Status(r.Status),
            r.Control is null ? "no-control" : MatrixText.Status(r.Status),
            Number(r.HighestRpn))).ToList();
        var frameworks = coverage.Select(c => (c.Id, c.Version is null ? c.Title : c.Title + " " + c.Version)).ToList();
        return new MatrixView(coverage, rows, MatrixExportStep.JsonPath, MatrixExportStep.CsvPath, MatrixExportStep.XlsxPath, MatrixExportStep.OscalPath,
            FilterOption.Of(rows.Select(r => r.StatusKey), ControlStatuses),
            FilterOption.Of(rows.Select(r => r.Framework).Where(f => f.Length > 0), frameworks));
    }

    private WaiversView Waivers() => new(
        [.. _model.Waivers.Select(w =>
        {
            var state = w.StateAt(_site.AsOf);
            var control = _model.FindControl(w.Control.Id)!;
            return new WaiverRow(Link(control), w.Condition?.Id, WaiverText.State(state), WaiverText.StateClass(state), w.Reason, w.Owner, w.Approver,
                Timestamps.Day(w.ApprovedOn), Timestamps.Reading(w.Expires), Timestamps.Iso(w.Expires), _site.Evidence.For(control).StatusText);
        })],
        Timestamps.Reading(_site.AsOf));

    private IEnumerable<(string Page, BacklinksView Backlinks)> Backlinks()
    {
        var risks = _model.Risks.ToLookup(r => r.Page, StringComparer.Ordinal);
        var controls = _model.Controls.ToLookup(c => c.Page, StringComparer.Ordinal);
        var documented = _model.DocumentedBy.ToLookup(d => d.Page, StringComparer.Ordinal);
        var pages = risks.Select(g => g.Key).Concat(controls.Select(g => g.Key)).Concat(documented.Select(g => g.Key)).Distinct(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            // A control declared here is listed once, under "declared".
            var declaredHere = controls[page].Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var documentedControls = documented[page].Select(d => d.Control.Id).Where(id => !declaredHere.Contains(id))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(_model.FindControl).OfType<Control>();
            yield return (page, new BacklinksView([.. risks[page].Select(Link)], [.. controls[page].Select(Link)], [.. documentedControls.Select(Link)]));
        }
    }

    /// <summary>The register's status filter, in the order a risk's life goes.</summary>
    private static readonly (string, string)[] RiskStatuses =
        [("open", "open"), ("mitigating", "mitigating"), ("accepted", "accepted"), ("closed", "closed"), ("none", "no status")];

    /// <summary>The matrix's status filter, worst first: a requirement without a control, then failing to fresh.</summary>
    private static readonly (string, string)[] ControlStatuses =
        [("no-control", "no control"), ("failing", "failing"), ("missing", "missing"), ("stale", "stale"), ("waived", "waived"),
         ("suspect", "suspect"), ("due", "due"), ("unknown", "unknown"), ("fresh", "fresh")];

    private bool IsAboveThreshold(Risk risk) => risk.Rpn >= _model.Settings.RpnThreshold;

    /// <summary>The one link to <paramref name="risk"/> every page shares (a risk is linked from its controls, the register,
    /// the matrix and its page of origin).</summary>
    private GovernanceLink Link(Risk risk) => _riskLinks.TryGetValue(risk, out var link) ? link : NewLink(risk);

    private GovernanceLink Link(Control control) => _controlLinks.TryGetValue(control, out var link) ? link : NewLink(control);

    private GovernanceLink NewLink(Risk risk) => new(risk.Id, risk.Title, GovernancePaths.Url(_paths.Risk(risk)), risk.Rpn is { } rpn ? Number(rpn) : null);

    private GovernanceLink NewLink(Control control) => new(control.Id, control.Title, GovernancePaths.Url(_paths.Control(control)));

    private GovernanceLink Link(FrameworkRequirement requirement) =>
        new(requirement.Key, requirement.Title, GovernancePaths.Url(_paths.Requirement(requirement)));

    /// <summary>A requirement of a framework no control cites: it has no page, so it is named without a link.</summary>
    private static GovernanceLink Unlinked(FrameworkRequirement requirement) => new(requirement.Key, requirement.Title, "");

    private NavLink? PageLink(string sourcePath) =>
        _pagesBySource.TryGetValue(sourcePath, out var page) ? new NavLink(page.Title, GovernancePaths.Url(page.OutputPath), false) : null;

    private static string StatusOf(Risk risk) => risk.Status?.ToString().ToLowerInvariant() ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
