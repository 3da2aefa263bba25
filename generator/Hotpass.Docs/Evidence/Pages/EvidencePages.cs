using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Evidence.Pages;

/// <summary>Adds a page per evidence item and the evidence index to the model; the index joins the root pages, so
/// navigation reaches it.</summary>
public static class EvidencePages
{
    public static SiteModel AddTo(SiteModel site)
    {
        var items = site.Evidence.Items;
        if (items.Count == 0) return site;
        var index = new Page(EvidencePaths.Index, "Evidence", "Every evidence file, when it was collected and what it shows.",
            null, null, EvidencePaths.IndexLayout, new EvidenceIndexContent(), ReviewStatus.None);
        var pages = items.Select(i => new Page(EvidencePaths.Page(i), i.Title ?? i.Id, null, null, null, EvidencePaths.Layout,
            new EvidenceContent(i), ReviewStatus.None));
        var all = site.Pages.Append(index).Concat(pages).ToList();
        all.Sort((a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
        return site with { Pages = all, RootPages = [.. site.RootPages, index] };
    }
}
