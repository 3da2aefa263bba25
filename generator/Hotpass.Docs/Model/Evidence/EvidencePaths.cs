using Hotpass.Docs.Load.Evidence;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>Where evidence is published: a page per item, the raw file beside it, an index and the manifest.</summary>
internal static class EvidencePaths
{
    public const string Index = "evidence/index.html";
    public const string Manifest = "evidence-manifest.json";
    public const string Layout = "evidence";
    public const string IndexLayout = "evidence-index";

    public static string Page(EvidenceItem item) => "evidence/" + item.Path + ".html";

    /// <summary>Appended to every raw copy's name, so no browser renders one as an active document: a JUnit report named
    /// <c>report.html</c>, an SVG or an XHTML file would otherwise run its script in the site's origin, and a static
    /// host cannot send Content-Disposition. <c>.txt</c> maps to <c>text/plain</c> in every host's and every
    /// browser's own table (GitHub Pages, nginx, Apache, python http.server, file://), and browsers never sniff
    /// <c>text/plain</c> up to HTML; an unknown extension would not do: Chromium sniffs HTML in an untyped file://
    /// file, and Apache, which sends no type for an unknown extension, types <c>report.html.raw</c> by its
    /// <c>.html</c>. It also keeps a raw copy from ever taking another item's page path.</summary>
    public const string RawSuffix = ".txt";

    /// <summary>The raw copy, beside its page: the file's own name with <see cref="RawSuffix"/>; the page's link gives
    /// the original name back through its <c>download</c> attribute.</summary>
    public static string Raw(EvidenceItem item) => "evidence/" + item.Path + RawSuffix;

    /// <summary>The outputs the evidence step writes beside the pages (every raw copy, the index, the manifest), reserved
    /// before any source claims a path. An item's page is claimed by its file instead (<c>EvidencePages</c>), so a clash
    /// (an item named <c>index</c> on the evidence index) is reported at the file in the model stage, by <c>check</c>
    /// as by <c>build</c>.</summary>
    public static IEnumerable<string> Outputs(IReadOnlyList<EvidenceItem> items) =>
        items.Count == 0 ? [] : items.Select(Raw).Append(Index).Append(Manifest);
}
