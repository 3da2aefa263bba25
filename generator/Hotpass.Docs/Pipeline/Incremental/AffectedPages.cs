using Hotpass.Docs.Model;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>Which pages a rebuild must render, from the previous build's model and this one's: a page that is new,
/// whose markdown was read again or whose own fields changed; every page of a section whose sidebar, cards or pager
/// changed; every page when what all pages show changed (home, a section's entry or count, the root pages). The rest
/// render to the same bytes as before and are carried over.</summary>
internal static class AffectedPages
{
    /// <returns>The pages to render, or null for all of them.</returns>
    public static IReadOnlySet<Page>? Of(SiteModel before, IReadOnlyDictionary<string, Render.Output.RenderedFile> renderedBefore, SiteModel after)
    {
        if (!NavigationKeys.SameSite(before, after)) return null;

        var render = new HashSet<Page>(ReferenceEqualityComparer.Instance);
        var previous = before.Pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
        foreach (var page in after.Pages)
            if (!renderedBefore.ContainsKey(page.OutputPath) || !previous.TryGetValue(page.OutputPath, out var old) || !SameOwnInputs(old, page))
                render.Add(page);

        var changedSections = NavigationKeys.ChangedSections(before, after);
        if (changedSections.Count > 0)
            foreach (var page in after.Pages)
                if (page.SectionFolder is { } folder && changedSections.Contains(folder)) render.Add(page);
        return render;
    }

    /// <summary>A page renders from its own fields and what it shows (the markdown, read once: the same object when
    /// the file was not read again); a generated page's content is rebuilt every time from inputs that, when they
    /// changed, make the rebuild render everything.</summary>
    private static bool SameOwnInputs(Page before, Page after) =>
        ReferenceEquals(before.Content.Markdown, after.Content.Markdown)
        && before.Content.GetType() == after.Content.GetType()
        && before.Title == after.Title
        && before.Summary == after.Summary
        && before.Type == after.Type
        && before.SectionFolder == after.SectionFolder
        && before.Layout == after.Layout
        && before.Review == after.Review;
}
