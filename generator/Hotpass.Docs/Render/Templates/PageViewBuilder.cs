using System.Globalization;
using DotLiquid;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Markdown;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Builds the Liquid view model of each page. Navigation is built once for the site; a page only swaps in
/// the entries that mark where it is, so no shared model is rebuilt per page.</summary>
public sealed class PageViewBuilder
{
    private readonly SiteModel _site;
    private readonly Hash _siteView;
    private readonly List<Hash> _collapsedNav;
    private readonly Dictionary<string, int> _navIndex;
    private readonly Dictionary<string, (Page? Prev, Page? Next)> _neighbours = new(StringComparer.Ordinal);

    public PageViewBuilder(SiteModel site)
    {
        _site = site;
        _siteView = Hash.FromDictionary(new Dictionary<string, object?>
        {
            ["title"] = site.Config.Title,
            ["as_of"] = site.AsOf.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["as_of_note"] = site.Config.AsOfNote,
        });
        _collapsedNav = [.. site.Sections.Select(s => SectionNav(s, active: false, current: null))];
        _navIndex = site.Sections.Select((s, i) => (s.Folder, i)).ToDictionary(x => x.Folder, x => x.i, StringComparer.Ordinal);
        foreach (var section in site.Sections)
        {
            var order = new List<Page> { section.Index };
            order.AddRange(section.Pages);
            for (var i = 0; i < order.Count; i++)
                _neighbours[order[i].OutputPath] = (i > 0 ? order[i - 1] : null, i + 1 < order.Count ? order[i + 1] : null);
        }
    }

    public Hash Build(Page page, RenderedMarkdown body)
    {
        var section = _site.SectionOf(page);
        var (prev, next) = _neighbours.TryGetValue(page.OutputPath, out var n) ? n : (null, null);
        return Hash.FromDictionary(new Dictionary<string, object?>
        {
            ["site"] = _siteView,
            ["root"] = page.RootPrefix,
            ["page"] = PageView(page, body),
            ["nav"] = Nav(section, page),
            ["root_pages"] = _site.RootPages.Select(p => Link(p, current: p == page)).ToList(),
            ["breadcrumbs"] = Breadcrumbs(page, section),
            ["children"] = Children(page),
            ["prev"] = prev is null ? null : Link(prev, false),
            ["next"] = next is null ? null : Link(next, false),
        });
    }

    /// <summary>The view of the 404 page, whose links resolve against <paramref name="baseUrl"/> when one is configured.</summary>
    public Hash BuildNotFound(string? baseUrl) => Hash.FromDictionary(new Dictionary<string, object?>
    {
        ["site"] = _siteView,
        ["root"] = "",
        ["base"] = baseUrl,
        ["page"] = Hash.FromDictionary(new Dictionary<string, object?> { ["title"] = "Page not found", ["kind"] = "not-found" }),
        ["nav"] = _collapsedNav,
        ["root_pages"] = _site.RootPages.Select(p => Link(p, false)).ToList(),
    });

    private Hash PageView(Page page, RenderedMarkdown body)
    {
        var fm = page.Source?.FrontMatter;
        var next = fm is null ? null : ReviewSchedule.NextReview(fm);
        return Hash.FromDictionary(new Dictionary<string, object?>
        {
            ["title"] = page.Title,
            ["summary"] = page.Summary,
            ["kind"] = page.Kind switch { PageKind.Home => "home", PageKind.SectionIndex => "section", _ => "article" },
            ["type"] = page.Type?.Key(),
            ["type_label"] = page.Type?.Label(),
            ["owner"] = fm?.Owner,
            ["last_reviewed"] = fm?.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["next_review"] = next?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["review_due"] = fm is not null && ReviewSchedule.IsDue(fm, _site.AsOf),
            ["source"] = page.Source?.SourcePath,
            ["url"] = UrlEncoding.Href(page.OutputPath),
            ["content"] = body.Html,
            ["toc"] = body.Toc.Select(t => Hash.FromDictionary(new Dictionary<string, object?>
            {
                ["level"] = t.Level, ["id"] = t.Id, ["text"] = t.Text,
            })).ToList(),
        });
    }

    private List<Hash> Nav(Section? section, Page page)
    {
        if (section is null) return _collapsedNav;
        var nav = new List<Hash>(_collapsedNav);
        nav[_navIndex[section.Folder]] = SectionNav(section, active: true, current: page);
        return nav;
    }

    private Hash SectionNav(Section section, bool active, Page? current)
    {
        var truncated = section.Pages.Count > _site.Config.NavMaxSectionPages;
        return Hash.FromDictionary(new Dictionary<string, object?>
        {
            ["title"] = section.Title,
            ["url"] = UrlEncoding.Href(section.Index.OutputPath),
            ["active"] = active,
            ["current"] = current == section.Index,
            ["count"] = section.Pages.Count,
            ["truncated"] = truncated,
            ["pages"] = active && !truncated ? section.Pages.Select(p => Link(p, p == current)).ToList() : new List<Hash>(),
        });
    }

    private List<Hash> Breadcrumbs(Page page, Section? section)
    {
        if (page.Kind == PageKind.Home) return [];
        var crumbs = new List<Hash> { Link(_site.Home, false) };
        if (section is not null && page.Kind != PageKind.SectionIndex) crumbs.Add(Link(section.Index, false));
        return crumbs;
    }

    private List<Hash> Children(Page page) => page.Kind switch
    {
        PageKind.Home => [.. _site.Sections.Select(s => Card(s.Index))],
        PageKind.SectionIndex when _site.SectionOf(page) is { } section => [.. section.Pages.Select(Card)],
        _ => [],
    };

    private static Hash Link(Page page, bool current) => Hash.FromDictionary(new Dictionary<string, object?>
    {
        ["title"] = page.Title, ["url"] = UrlEncoding.Href(page.OutputPath), ["current"] = current,
    });

    private static Hash Card(Page page) => Hash.FromDictionary(new Dictionary<string, object?>
    {
        ["title"] = page.Title,
        ["url"] = UrlEncoding.Href(page.OutputPath),
        ["summary"] = page.Summary,
        ["type"] = page.Type?.Key(),
        ["type_label"] = page.Kind == PageKind.Article ? page.Type?.Label() : null,
    });
}
