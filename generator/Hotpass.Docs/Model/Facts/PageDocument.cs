namespace Hotpass.Docs.Model.Facts;

/// <summary>A page's markdown, parsed once before the checks, as the facts every later stage reads: its body
/// HTML (links already mapped to their outputs, raw HTML sanitised), headings, links and images with their
/// source locations, the ids a reader can target, its tables and its plain text.</summary>
/// <param name="BodyHtml">The rendered body, ready for the layout.</param>
/// <param name="Ids">Every element id in <paramref name="BodyHtml"/>: headings, footnotes and ids in raw HTML,
/// exactly as emitted.</param>
/// <param name="PlainText">The text a reader sees, one block per line, for search.</param>
public sealed record PageDocument(
    string BodyHtml,
    IReadOnlyList<HeadingFact> Headings,
    IReadOnlyList<LinkFact> Links,
    IReadOnlySet<string> Ids,
    IReadOnlyList<TableFact> Tables,
    string PlainText)
{
    /// <summary>The document of a page whose body could not be parsed (reported elsewhere).</summary>
    public static PageDocument Empty { get; } = new("", [], [], new HashSet<string>(StringComparer.Ordinal), [], "");
}
