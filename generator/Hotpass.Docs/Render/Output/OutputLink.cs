using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Facts;

namespace Hotpass.Docs.Render.Output;

/// <summary>A URL in a written file, with where it came from: a markdown line, or the template (at its file).</summary>
/// <param name="Href">As written to the output.</param>
/// <param name="Written">As the author wrote it (the markdown URL before mapping); the same as Href for templates.</param>
internal sealed record OutputLink(string Href, string Written, LinkKind Kind, SourceLocation Origin, bool FromTemplate);
