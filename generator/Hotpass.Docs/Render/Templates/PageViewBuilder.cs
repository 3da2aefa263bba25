using System.Globalization;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Render.Markdown;
using Hotpass.Docs.Render.Templates.Governance;
using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Builds the view of each page. Everything the pages share (site, collapsed navigation, links, cards)
/// is built once for the site; a page only gets the entries that mark where it is.</summary>
public sealed class PageViewBuilder
{
    private readonly SiteModel _site;
    private readonly GovernanceViewBuilder _governance;
    private readonly SiteView _siteView;
    private readonly NavSection[] _collapsedNav;
    private readonly Dictionary<string, int> _navIndex;
    private readonly Dictionary<string, NavSection[]> _openNav = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SectionCrumbs> _crumbs = new(StringComparer.Ordinal);
    private readonly NavLink[] _rootPages;
    private readonly Dictionary<Page, NavLink> _links = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Page, (NavLink? Prev, NavLink? Next)> _neighbours = new(ReferenceEqualityComparer.Instance);
    private readonly PageCard[] _sectionCards;
    private readonly Dictionary<string, PageCard[]> _pageCards = new(StringComparer.Ordinal);
    private readonly Evidence.Pages.EvidenceViewBuilder _evidence;

    public PageViewBuilder(SiteModel site, PreviewBanner? preview = null)
    {
        _site = site;
        _evidence = new Evidence.Pages.EvidenceViewBuilder(site);
        _governance = new GovernanceViewBuilder(site, control => ControlEvidenceSlot.Of(site, control));
        foreach (var page in site.Pages.Append(site.Home)) _links.TryAdd(page, new NavLink(page.Title, UrlEncoding.Href(page.OutputPath), false));
        _siteView = new SiteView(site.Config.Title, Day(site.AsOf.UtcDateTime)!, site.Config.AsOfNote,
            preview is null ? null : PreviewView(preview, site.AsOf));
        _collapsedNav = [.. site.Sections.Select(s => SectionNav(s, active: false, current: null))];
        _navIndex = site.Sections.Select((s, i) => (s.Folder, i)).ToDictionary(x => x.Folder, x => x.i, StringComparer.Ordinal);
        _rootPages = [.. site.RootPages.Select(p => Link(p))];
        _sectionCards = [.. site.Sections.Select(s => Card(s.Index))];
        foreach (var section in site.Sections)
        {
            _openNav[section.Folder] = OpenNav(section);
            _crumbs[section.Folder] = Crumbs(section);
            _pageCards[section.Folder] = [.. section.Pages.Select(Card)];
            var order = new List<Page> { section.Index };
            order.AddRange(section.Pages);
            for (var i = 0; i < order.Count; i++)
                _neighbours[order[i]] = (i > 0 ? Link(order[i - 1]) : null, i + 1 < order.Count ? Link(order[i + 1]) : null);
        }
    }

    public PageView Build(Page page, RenderedMarkdown body)
    {
        var section = _site.SectionOf(page);
        var (prev, next) = _neighbours.TryGetValue(page, out var n) ? n : (null, null);
        return new PageView(_siteView, page.RootPrefix, null, CurrentPage(page, body), Nav(section, page), RootPages(page),
            Breadcrumbs(page, section), Children(page, section), prev, next, Evidence: _evidence.Build(page)) { Governance = _governance.Build(page) };
    }

    /// <summary>The view of the 404 page, whose links resolve against <paramref name="baseUrl"/> when one is configured,
    /// else against the root its script finds; <paramref name="inlineCss"/> is the stylesheet to inline, if any.</summary>
    public PageView BuildNotFound(string? baseUrl, string? inlineCss) => new(
        _siteView, "", baseUrl,
        new CurrentPage("Page not found", null, "not-found", null, null, null, null, null, false, null, null, null, []),
        _collapsedNav, _rootPages, [], [], null, null, inlineCss);

    private static PreviewView PreviewView(PreviewBanner preview, DateTimeOffset builtAt) => new(
        preview.PullRequest.ToString(CultureInfo.InvariantCulture),
        preview.Commit,
        preview.Commit is { Length: > 12 } commit ? commit[..12] : preview.Commit,
        builtAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        builtAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        preview.PublishedUrl);

    private static CurrentPage CurrentPage(Page page, RenderedMarkdown body)
    {
        var fm = page.Source?.FrontMatter;
        return new CurrentPage(
            page.Title,
            page.Summary,
            Kind(page.Content),
            page.Type?.Key(),
            page.Type?.Label(),
            fm?.Owner,
            Day(fm?.LastReviewed),
            Day(page.Review.NextReview),
            page.Review.IsDue,
            page.Source?.SourcePath,
            UrlEncoding.Href(page.OutputPath),
            body.Html,
            body.Toc);
    }

    private static string Kind(PageContent content) => content switch
    {
        HomeContent => "home",
        SectionIndexContent => "section",
        RiskContent => "risk",
        ControlContent => "control",
        RequirementContent => "requirement",
        RegisterContent => "register",
        MatrixContent => "matrix",
        Evidence.Pages.EvidenceContent or Evidence.Pages.EvidenceIndexContent => "evidence",
        _ => "article",
    };

    private NavSection[] Nav(Section? section, Page page)
    {
        if (section is null) return _collapsedNav;
        if (!MarksCurrent(section, page)) return _openNav[section.Folder];
        var nav = (NavSection[])_collapsedNav.Clone();
        nav[_navIndex[section.Folder]] = SectionNav(section, active: true, current: page);
        return nav;
    }

    /// <summary>The navigation with <paramref name="section"/> open and no page marked current, which every page of the
    /// section that the sidebar does not list shares (generated risk and control pages; every page of a truncated section).</summary>
    private NavSection[] OpenNav(Section section)
    {
        var nav = (NavSection[])_collapsedNav.Clone();
        nav[_navIndex[section.Folder]] = SectionNav(section, active: true, current: null);
        return nav;
    }

    /// <summary>Whether the sidebar marks <paramref name="page"/> as current: it is the section's index, or one of the
    /// pages an untruncated section lists.</summary>
    private bool MarksCurrent(Section section, Page page) =>
        ReferenceEquals(page, section.Index)
        || (section.Pages.Count <= _site.Config.NavMaxSectionPages && section.Pages.Any(p => ReferenceEquals(p, page)));

    private NavSection SectionNav(Section section, bool active, Page? current)
    {
        var truncated = section.Pages.Count > _site.Config.NavMaxSectionPages;
        NavLink[] pages = active && !truncated ? [.. section.Pages.Select(p => ReferenceEquals(p, current) ? Link(p) with { Current = true } : Link(p))] : [];
        return new NavSection(section.Title, UrlEncoding.Href(section.Index.OutputPath), active, ReferenceEquals(current, section.Index), section.Pages.Count, truncated, pages);
    }

    private NavLink[] RootPages(Page page) =>
        _site.RootPages.Any(p => ReferenceEquals(p, page))
            ? [.. _site.RootPages.Select(p => ReferenceEquals(p, page) ? Link(p) with { Current = true } : Link(p))]
            : _rootPages;

    private NavLink[] Breadcrumbs(Page page, Section? section) => page.Content switch
    {
        HomeContent => [],
        SectionIndexContent => [Link(_site.Home)],
        RiskContent when section is not null && _crumbs[section.Folder].ToRegister is { } register => register,
        ControlContent or RequirementContent when section is not null && _crumbs[section.Folder].ToMatrix is { } matrix => matrix,
        _ when section is not null => _crumbs[section.Folder].ToSection,
        _ => [Link(_site.Home)],
    };

    private SectionCrumbs Crumbs(Section section)
    {
        NavLink[] toSection = [Link(_site.Home), Link(section.Index)];
        return new SectionCrumbs(toSection,
            Listed(section, GovernancePages.RegisterLayout) is { } register ? [.. toSection, register] : null,
            Listed(section, GovernancePages.MatrixLayout) is { } matrix ? [.. toSection, matrix] : null);
    }

    /// <summary>The breadcrumb trails a section's pages share: to its index, and on through its register or matrix page
    /// for the generated pages those list.</summary>
    private sealed record SectionCrumbs(NavLink[] ToSection, NavLink[]? ToRegister, NavLink[]? ToMatrix);

    private PageCard[] Children(Page page, Section? section) => page.Content switch
    {
        HomeContent => _sectionCards,
        SectionIndexContent when section is not null => _pageCards[section.Folder],
        _ => [],
    };

    /// <summary>The link to the section's listed page with that layout (the register, the matrix), if it has one.</summary>
    private NavLink? Listed(Section section, string layout) =>
        section.Pages.FirstOrDefault(p => p.Layout == layout) is { } page ? Link(page) : null;

    /// <summary>The one link to <paramref name="page"/> that every other page shares (not marked current); made in the
    /// constructor, so render threads only read it.</summary>
    private NavLink Link(Page page) => _links[page];

    private static PageCard Card(Page page) =>
        new(page.Title, UrlEncoding.Href(page.OutputPath), page.Summary, page.Type?.Key(), page.Content is MarkdownContent ? page.Type?.Label() : null);

    private static string? Day(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
