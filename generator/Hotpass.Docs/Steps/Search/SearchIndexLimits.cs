namespace Hotpass.Docs.Steps.Search;

/// <summary>How much of each page the index keeps. The start of each section is kept as written, for the snippet a result
/// shows; every distinct word is kept as a key the client finds by prefix.</summary>
/// <param name="SnippetChars">Characters of text kept verbatim at the start of each section, cut at a word boundary.</param>
/// <param name="TermsPerSection">New distinct words kept per section; bounds a hostile page's share.</param>
/// <param name="KeyBytes">About how large one file of keys grows before the next starts (more when the site is so large
/// that <see cref="SearchIndexBuilder.MaxKeyFiles"/> would not hold it): a query loads the files its words fall in.</param>
/// <param name="PageBytes">The same for a file of pages (<see cref="SearchIndexBuilder.MaxPageFiles"/>): a query loads
/// the files its results are in, so these are smaller.</param>
internal sealed record SearchIndexLimits(int SnippetChars, int TermsPerSection, int KeyBytes = 32 * 1024, int PageBytes = 12 * 1024)
{
    public static SearchIndexLimits Default { get; } = new(SnippetChars: 120, TermsPerSection: 500);
}
