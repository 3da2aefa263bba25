using Hotpass.Docs.Check.Links;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Output;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>When <c>external-links.json</c> would come out as the previous build wrote it: the report lists each external
/// URL with the pages linking to it, so it is unchanged when the site has the same pages and every page rendered again
/// links to the same external URLs (a carried-over page has the same facts by construction). Skipping it saves a pass
/// over every link of every page on each edit.</summary>
internal static class ExternalLinkReportReuse
{
    public static bool Unchanged(BuildState previous, SiteModel site, IReadOnlyList<Page> rendered, RenderedSite output)
    {
        if (site.Pages.Count != previous.PageOutputs.Count || site.Pages.Any(p => !previous.PageOutputs.ContainsKey(p.OutputPath))) return false;
        return rendered.All(page => Urls(previous.PageOutputs[page.OutputPath].Html).SetEquals(Urls(output.Find(page.OutputPath)?.Html)));
    }

    private static HashSet<string> Urls(HtmlFacts? html) =>
        html is null ? [] : html.Links.Select(l => l.Href.Trim()).Where(ExternalLinks.IsExternal).ToHashSet(StringComparer.Ordinal);
}
