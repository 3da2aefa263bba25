namespace Hotpass.Docs.Load.Facts;

/// <summary>A page's markdown, parsed once before the checks, as the facts every later stage reads: its body
/// HTML (links already mapped to their outputs, raw HTML sanitised), headings, links and images with their
/// source locations, the ids a reader can target, its tables and its plain text.</summary>
/// <param name="BodyUtf8">The rendered body, ready for the layout, as UTF-8: every page's body is held until its
/// render, and UTF-8 is half the size of a string.</param>
/// <param name="Ids">Every element id in the body: headings, footnotes and ids in raw HTML,
/// exactly as emitted.</param>
/// <param name="PlainText">The text a reader sees, one block per line, for search.</param>
public sealed record PageDocument(
    byte[] BodyUtf8,
    IReadOnlyList<HeadingFact> Headings,
    IReadOnlyList<LinkFact> Links,
    IReadOnlySet<string> Ids,
    IReadOnlyList<TableFact> Tables,
    string PlainText)
{
    /// <summary>The document of a page whose body could not be parsed (reported elsewhere).</summary>
    public static PageDocument Empty { get; } = new([], [], [], new HashSet<string>(StringComparer.Ordinal), [], "");

    /// <summary>The body as text (decoded on each call: read it once per render).</summary>
    public string BodyHtml => System.Text.Encoding.UTF8.GetString(BodyUtf8);
}
