namespace Hotpass.Docs.Load;

/// <summary>A markdown page as loaded: where it lives, its front matter and its body.</summary>
/// <param name="ContentPath">Path under the content folder, with '/' separators (<c>how-to/rotate.md</c>).</param>
/// <param name="SourcePath">Path under the site root, as diagnostics name it (<c>content/how-to/rotate.md</c>).</param>
/// <param name="BodyFirstLine">1-based source line on which <paramref name="Body"/> starts.</param>
public sealed record PageSource(string ContentPath, string SourcePath, FrontMatter FrontMatter, string Body, int BodyFirstLine)
{
    /// <summary>The front matter as written, kept only for a page that feeds the governance model: <c>serve</c> compares
    /// it to tell a declaration edit (which changes generated pages) from a body edit (which changes one page).</summary>
    public string? DeclarationText { get; init; }
}
