using Hotpass.Docs.Configuration;
using Hotpass.Docs.Load;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Model;

/// <summary>A page of the site: where it is written, what it is called, where it sits in navigation, the layout
/// that renders it and what it shows.</summary>
/// <param name="OutputPath">Path in the output, with '/' separators (<c>how-to/rotate.html</c>).</param>
/// <param name="SectionFolder">The top-level folder (section) the page belongs to; null on the home page and root pages.</param>
/// <param name="Layout">The template under <c>layouts/</c> that renders it.</param>
public sealed record Page(
    string OutputPath,
    string Title,
    string? Summary,
    DiataxisType? Type,
    string? SectionFolder,
    string Layout,
    PageContent Content,
    ReviewStatus Review)
{
    /// <summary>The layout every documentation page uses.</summary>
    public const string DefaultLayout = "page";

    /// <summary>How many folders down the output path sits, which is how many <c>../</c> reach the site root.</summary>
    public int Depth { get; } = OutputPath.AsSpan().Count('/');

    /// <summary>The relative prefix from this page back to the site root: "" or "../" repeated.</summary>
    public string RootPrefix => UrlPaths.RootPrefix(Depth);

    /// <summary>The markdown the page comes from; null for a page the generator made.</summary>
    public PageSource? Source => Content.Markdown?.Source;
}
