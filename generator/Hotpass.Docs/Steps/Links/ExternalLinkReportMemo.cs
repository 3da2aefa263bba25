using Hotpass.Docs.Render.Output;

namespace Hotpass.Docs.Steps.Links;

/// <summary>The report as the previous passed build wrote it, with the facts of each HTML file it was made from, kept by
/// <c>serve</c>: the report lists each external URL with the files linking to it, so it is unchanged when the site has
/// the same HTML files and each links to the same external URLs (a carried-over page has the same facts by
/// construction). A body edit then skips a pass over every link of every page.</summary>
internal sealed class ExternalLinkReportMemo
{
    private readonly Dictionary<string, HtmlFacts> _facts;

    public ExternalLinkReportMemo(byte[] bytes, IReadOnlyList<RenderedFile> html)
    {
        Bytes = bytes;
        _facts = new Dictionary<string, HtmlFacts>(html.Count, StringComparer.Ordinal);
        foreach (var file in html) _facts[file.OutputPath] = file.Html!;
    }

    public byte[] Bytes { get; }

    /// <summary>Whether <paramref name="html"/> (the HTML files of this build) would give the same report.</summary>
    public bool Unchanged(IReadOnlyList<RenderedFile> html) =>
        html.Count == _facts.Count
        && html.All(f => _facts.TryGetValue(f.OutputPath, out var before) && (ReferenceEquals(before, f.Html) || Urls(before).SetEquals(Urls(f.Html!))));

    private static HashSet<string> Urls(HtmlFacts html) =>
        html.Links.Select(l => l.Href.Trim()).Where(ExternalLinks.IsExternal).ToHashSet(StringComparer.Ordinal);
}
