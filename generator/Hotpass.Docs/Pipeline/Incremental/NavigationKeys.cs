using Hotpass.Docs.Model;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>What pages show of other pages, as comparable text: the parts every page shows (home, each section's entry
/// in the collapsed sidebar with its count, the section cards of the home page, the root pages) and, per section, what
/// its own pages show (the section's sidebar, index cards and pager). Two builds with equal keys render the same
/// navigation.</summary>
internal static class NavigationKeys
{
    /// <summary>What every page of the site shows of other pages.</summary>
    public static List<string> Site(SiteModel site)
    {
        var key = new List<string> { Entry(site.Home) };
        foreach (var section in site.Sections)
            key.Add(string.Join('\u001f', section.Folder, section.Title, section.Pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Entry(section.Index)));
        key.Add("root pages");
        key.AddRange(site.RootPages.Select(Entry));
        return key;
    }

    /// <summary>What the pages of each section (listed or not) show of the section, by section folder.</summary>
    public static Dictionary<string, List<string>> Sections(SiteModel site) =>
        site.Sections.ToDictionary(s => s.Folder, s => (List<string>)[Entry(s.Index), .. s.Pages.Select(Entry)], StringComparer.Ordinal);

    private static string Entry(Page page) =>
        string.Join('\u001f', page.OutputPath, page.Title, page.Summary ?? "\u0000", page.Type?.ToString() ?? "\u0000", page.Layout, page.Content.GetType().Name);
}
