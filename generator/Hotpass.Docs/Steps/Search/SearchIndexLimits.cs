namespace Hotpass.Docs.Steps.Search;

/// <summary>How much of each section the index keeps. The start of a section is kept as written, for the snippet a
/// result shows; the rest only as its distinct words, as numbers into one word list for the whole site (see
/// <see cref="TermCode"/>), since the client matches words, not phrases.</summary>
/// <param name="SnippetChars">Characters of text kept verbatim at the start of each section.</param>
/// <param name="TermsPerSection">Distinct further words kept per section; bounds a hostile page's share.</param>
internal sealed record SearchIndexLimits(int SnippetChars, int TermsPerSection)
{
    public static SearchIndexLimits Default { get; } = new(SnippetChars: 40, TermsPerSection: 500);
}
