using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Model;

/// <summary>A page the generator makes, with what claims its output path: <paramref name="Claim"/> names it in a clash,
/// <paramref name="Location"/> is where the clash is reported (the declaration behind the page).</summary>
internal sealed record GeneratedPage(Page Page, string Claim, SourceLocation Location)
{
    /// <summary>The build holds the path before any source claims one, as it holds the files written beside the page
    /// (evidence): a source mapping onto it is reported against the build and dropped, and the page is never in a clash.</summary>
    public bool Reserved { get; init; }

    /// <summary>Listed with the root pages, after the markdown ones, so every page's navigation reaches it (the evidence index).</summary>
    public bool IsRootPage { get; init; }
}
