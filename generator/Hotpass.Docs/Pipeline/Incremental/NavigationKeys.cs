using Hotpass.Docs.Model;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>What pages show of other pages, compared between two builds: the parts every page shows (home, each
/// section's entry in the collapsed sidebar with its count, the section cards of the home page, the root pages) and,
/// per section, what its own pages show (the section's sidebar, index cards and pager). Two builds that compare equal
/// render the same navigation. Compared field by field, so a rebuild builds no key text for thousands of pages.</summary>
internal static class NavigationKeys
{
    /// <summary>Whether every page of the site shows the same of other pages in both builds.</summary>
    public static bool SameSite(SiteModel before, SiteModel after) =>
        SameEntry(before.Home, after.Home)
        && before.Sections.Count == after.Sections.Count
        && before.Sections.Zip(after.Sections).All(s => s.First.Folder == s.Second.Folder && s.First.Title == s.Second.Title
            && s.First.Pages.Count == s.Second.Pages.Count && SameEntry(s.First.Index, s.Second.Index))
        && SameEntries(before.RootPages, after.RootPages);

    /// <summary>The folders of the sections whose pages show something different of the section (or that are new).</summary>
    public static HashSet<string> ChangedSections(SiteModel before, SiteModel after)
    {
        var old = before.Sections.ToDictionary(s => s.Folder, StringComparer.Ordinal);
        return after.Sections
            .Where(s => !old.TryGetValue(s.Folder, out var was) || !SameEntry(was.Index, s.Index) || !SameEntries(was.Pages, s.Pages))
            .Select(s => s.Folder)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool SameEntries(IReadOnlyList<Page> before, IReadOnlyList<Page> after)
    {
        if (before.Count != after.Count) return false;
        for (var i = 0; i < before.Count; i++)
            if (!SameEntry(before[i], after[i])) return false;
        return true;
    }

    /// <summary>What another page shows of a page: its path, title, summary, type, layout and kind.</summary>
    private static bool SameEntry(Page before, Page after) =>
        before.OutputPath == after.OutputPath && before.Title == after.Title && before.Summary == after.Summary
        && before.Type == after.Type && before.Layout == after.Layout && before.Content.GetType() == after.Content.GetType();
}
