using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;

namespace Hotpass.Docs.Evidence.Pages;

/// <summary>A page per evidence item and the evidence index, which joins the root pages so navigation reaches it. The
/// index's path is the build's, as the raw files are; an item's page is its file's, and a clash is reported there.</summary>
internal static class EvidencePages
{
    public static IEnumerable<GeneratedPage> Of(EvidenceModel evidence)
    {
        var items = evidence.Items;
        if (items.Count == 0) yield break;
        var index = new Page(EvidencePaths.Index, "Evidence", "Every evidence file, when it was collected and what it shows.",
            null, null, EvidencePaths.IndexLayout, new EvidenceIndexContent(), ReviewStatus.None);
        yield return new GeneratedPage(index, "the evidence index", SourceLocation.File(evidence.Settings.Dir)) { Reserved = true, IsRootPage = true };
        foreach (var i in items)
        {
            var page = new Page(EvidencePaths.Page(i), i.Title ?? i.Id, null, null, null, EvidencePaths.Layout, new EvidenceContent(i), ReviewStatus.None);
            // Claimed by the file itself: a clash drops this page and is reported at the file, never at a write.
            var file = evidence.Settings.Dir + "/" + i.Path;
            yield return new GeneratedPage(page, file, SourceLocation.File(file));
        }
    }
}
