using System.Collections.Concurrent;
using System.Globalization;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Markdown;
using Hotpass.Docs.Render.Templates.View;
using Hotpass.Docs.Urls;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Builds the view of each page. Everything the pages share (site, collapsed navigation, links, cards)
/// is built once for the site, on first use (a rebuild in <c>serve</c> renders a few pages, and needs only their
/// part); a page only gets the entries that mark where it is.</summary>
internal sealed class PageViewBuilder
{
    private readonly SiteModel _site;
    private readonly IFeatureViews[] _features;
    private readonly SiteView _siteView;
    private readonly NavSection[] _collapsedNav;
    private readonly Dictionary<string, int> _navIndex;
    private readonly ConcurrentDictionary<Section, NavSection[]> _openNav = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Section, SectionCrumbs> _crumbs = new(ReferenceEqualityComparer.Instance);
    private readonly NavLink[] _rootPages;
    private readonly ConcurrentDictionary<Page, NavLink> _links = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Section, Dictionary<Page, int>> _positions = new(ReferenceEqualityComparer.Instance);
    private readonly PageCard[] _sectionCards;
    private readonly string _printLine;
    private readonly ConcurrentDictionary<string, NavLink[]> _rootTrails = new(StringComparer.Ordinal);
    private readonly EditLinks? _editLinks;
    private readonly string _contentPrefix;
    private readonly Dictionary<string, Page> _pagesBySource;
    private readonly ConcurrentDictionary<Section, PageCard[]> _pageCards = new(ReferenceEqualityComparer.Instance);

    /// <param name="features">The features whose views each page gets, besides its own.</param>
    /// <param name="baseUrl">The absolute URL the site is published at, when one is known.</param>
    internal PageViewBuilder(SiteModel site, SiteFeatures features, PreviewBanner? preview = null, Uri? baseUrl = null)
    {
        _site = site;
        _features = [.. features.All.Select(f => f.Views(site))];
        _siteView = new SiteView(site.Config.Title, Day(site.AsOf.UtcDateTime)!, site.Config.AsOfNote,
            preview is null ? null : PreviewView(preview, site.AsOf), Timestamps.Reading(site.AsOf), Timestamps.Iso(site.AsOf),
            baseUrl?.AbsoluteUri);
        _printLine = site.Config.Title + " \u00b7 review status as of " + _siteView.AsOfInstant;
        _collapsedNav = [.. site.Sections.Select(s => SectionNav(s, active: false, current: null))];
        _navIndex = site.Sections.Select((s, i) => (s.Folder, i)).ToDictionary(x => x.Folder, x => x.i, StringComparer.Ordinal);
        _rootPages = [.. site.RootPages.Select(p => Link(p))];
        _sectionCards = [.. site.Sections.Select(s => Card(s.Index))];
        _editLinks = EditLinks.From(site.Config);
        _contentPrefix = site.Config.ContentDir + "/";
        _pagesBySource = site.Pages.Where(p => p.Source is not null).ToDictionary(p => p.Source!.SourcePath, StringComparer.Ordinal);
    }

    public PageView Build(Page page, RenderedMarkdown body)
    {
        var section = _site.SectionOf(page);
        var (prev, next) = Neighbours(page, section);
        var features = new object?[_features.Length];
        for (var i = 0; i < features.Length; i++) features[i] = _features[i].Build(page);
        return new PageView(_siteView, page.RootPrefix, null, CurrentPage(page, body), Nav(section, page), RootPages(page),
            Breadcrumbs(page, section), Children(page, section), prev, next) { Features = features };
    }

    /// <summary>The view of the 404 page, whose links resolve against <paramref name="baseUrl"/> when one is configured,
    /// else against the root its script finds; <paramref name="inlineCss"/> is the stylesheet to inline, if any.</summary>
    public PageView BuildNotFound(string? baseUrl, string? inlineCss) => new(
        _siteView, "", baseUrl,
        new CurrentPage("Page not found", null, "not-found", null, null, null, null, null, false, null, null, null, [],
            PrintStyle: PrintMargins.Css(_printLine, null)),
        _collapsedNav, _rootPages, [], [], null, null, inlineCss);

    private static PreviewView PreviewView(PreviewBanner preview, DateTimeOffset builtAt) => new(
        preview.PullRequest.ToString(CultureInfo.InvariantCulture),
        preview.Commit,
        preview.Commit is { Length: > 12 } commit ? commit[..12] : preview.Commit,
        Timestamps.Reading(builtAt),
        Timestamps.Iso(builtAt),
        preview.PublishedUrl);

    private CurrentPage CurrentPage(Page page, RenderedMarkdown body)
    {
        var fm = page.Source?.FrontMatter;
        var source = page.Content.EditSource;
        var behind = source is null ? null : _pagesBySource.GetValueOrDefault(source)?.Source?.FrontMatter;
        var url = UrlEncoding.Href(page.OutputPath);
        return new CurrentPage(
            page.Title,
            page.Summary,
            page.Content.Kind,
            page.Type?.Key(),
            page.Type?.Label(),
            fm?.Owner,
            Day(fm?.LastReviewed),
            Day(page.Review.NextReview),
            page.Review.IsDue,
            page.Source?.SourcePath,
            url,
            body.Html,
            body.Toc,
            Day(behind?.LastUpdated ?? behind?.LastReviewed),
            EditUrl(source),
            source is not null && page.Source is null,
            PrintMargins.Css(_printLine, _siteView.BaseUrl is { } baseUrl ? baseUrl + url : null));
    }

    /// <summary>The edit link of a markdown file under the content folder, when the site configures edit links.</summary>
    private string? EditUrl(string? source) =>
        _editLinks is not null && source is not null && source.StartsWith(_contentPrefix, StringComparison.Ordinal)
            ? _editLinks.For(source[_contentPrefix.Length..])
            : null;

    private NavSection[] Nav(Section? section, Page page)
    {
        if (section is null) return _collapsedNav;
        if (!MarksCurrent(section, page)) return _openNav.GetOrAdd(section, OpenNav);
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
        { ListedUnder: { } layout } when section is not null && Through(section, layout) is { } trail => trail,
        _ when section is not null => _crumbs.GetOrAdd(section, Crumbs).ToSection,
        { ListedUnder: { } layout } => _rootTrails.GetOrAdd(layout, RootTrail),
        _ => [Link(_site.Home)],
    };

    /// <summary>Home, then the root page with <paramref name="layout"/> (the evidence index), or home alone without one.</summary>
    private NavLink[] RootTrail(string layout) =>
        _site.RootPages.FirstOrDefault(p => p.Layout == layout) is { } listed ? [Link(_site.Home), Link(listed)] : [Link(_site.Home)];

    private SectionCrumbs Crumbs(Section section) => new([Link(_site.Home), Link(section.Index)]);

    /// <summary>The trail on through the section's listed page with <paramref name="layout"/> (the register, the matrix)
    /// to a generated page it lists; null when the section lists no such page.</summary>
    private NavLink[]? Through(Section section, string layout)
    {
        var crumbs = _crumbs.GetOrAdd(section, Crumbs);
        return crumbs.Through.GetOrAdd(layout, l => Listed(section, l) is { } listed ? [.. crumbs.ToSection, listed] : null);
    }

    /// <summary>The breadcrumb trails a section's pages share: to its index, and on through a listed page (the register,
    /// the matrix) for the generated pages it lists, by that page's layout.</summary>
    private sealed class SectionCrumbs(NavLink[] toSection)
    {
        public NavLink[] ToSection => toSection;

        public ConcurrentDictionary<string, NavLink[]?> Through { get; } = new(StringComparer.Ordinal);
    }

    private PageCard[] Children(Page page, Section? section) => page.Content switch
    {
        HomeContent => _sectionCards,
        SectionIndexContent when section is not null => _pageCards.GetOrAdd(section, static s => [.. s.Pages.Select(Card)]),
        _ => [],
    };

    /// <summary>The link to the section's listed page with that layout (the register, the matrix), if it has one.</summary>
    private NavLink? Listed(Section section, string layout) =>
        section.Pages.FirstOrDefault(p => p.Layout == layout) is { } page ? Link(page) : null;

    /// <summary>The pages before and after <paramref name="page"/> in its section's order: the index, then its pages.</summary>
    private (NavLink? Prev, NavLink? Next) Neighbours(Page page, Section? section)
    {
        if (section is null) return (null, null);
        var positions = _positions.GetOrAdd(section, static s =>
        {
            var at = new Dictionary<Page, int>(s.Pages.Count + 1, ReferenceEqualityComparer.Instance) { [s.Index] = 0 };
            for (var i = 0; i < s.Pages.Count; i++) at[s.Pages[i]] = i + 1;
            return at;
        });
        if (!positions.TryGetValue(page, out var position)) return (null, null);
        Page At(int i) => i == 0 ? section.Index : section.Pages[i - 1];
        return (position > 0 ? Link(At(position - 1)) : null, position < section.Pages.Count ? Link(At(position + 1)) : null);
    }

    /// <summary>The one link to <paramref name="page"/> that every other page shares (not marked current).</summary>
    private NavLink Link(Page page) => _links.GetOrAdd(page, static p => new NavLink(p.Title, UrlEncoding.Href(p.OutputPath), false));

    private static PageCard Card(Page page) =>
        new(page.Title, UrlEncoding.Href(page.OutputPath), page.Summary, page.Type?.Key(), page.Content is MarkdownContent ? page.Type?.Label() : null);

    private static string? Day(DateTime? day) => day is { } d ? Timestamps.Day(DateOnly.FromDateTime(d)) : null;

    private static string? Day(DateOnly? day) => day is { } d ? Timestamps.Day(d) : null;
}
