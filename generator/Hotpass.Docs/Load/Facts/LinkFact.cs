using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Facts;

/// <summary>One link or image reference in a page's markdown, where it was written.</summary>
/// <param name="Written">The URL as the author wrote it (<c>../how-to/rotate.md#steps</c>), for messages.</param>
/// <param name="Href">The URL as it is written to the output (<c>../how-to/rotate.html#steps</c>).</param>
/// <param name="Alt">For a markdown image, its alt text (empty when the author gave none); null for anything else.</param>
public sealed record LinkFact(string Written, string Href, LinkKind Kind, SourceLocation Location, string? Alt = null);
