using CsCheck;
using Hotpass.Docs.Steps.Search;

namespace Hotpass.Docs.Tests.Render.Search;

/// <summary>The index read in place gives the bytes the first, string-per-word reading gave, on text made of what the
/// reading treats specially: whitespace and control runs, '-' and '_' at word ends, capitals, non-ASCII letters,
/// stop words, words that begin others, and snippets cut on and off a space.</summary>
public sealed class SearchIndexOracleTests
{
    private static readonly string[] Words =
        ["the", "Rotate", "rotated", "ROTATES", "-x-", "__a_b__", "K\u00f6nig", "\u0130stanbul", "a", "1", "v2", "it", "vault"];

    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Int[0, Words.Length - 1].Select(i => Words[i]),
            Gen.String[Gen.Char["aAb- _\t\n\u0001\u00e9\u2028"], 0, 6])
        .Array[0, 40].Select(parts => string.Join(" ", parts));

    private static readonly Gen<SearchPage> Page =
        Gen.Select(Text, Text, Gen.Select(Gen.Bool, Text, Text).Array[0, 4], Gen.Int[0, 999])
            .Select((title, summary, sections, n) => new SearchPage(
                $"p/{n}.html", title, summary.Length == 0 ? null : summary,
                [.. sections.Select((s, i) => new SearchSection(s.Item1 ? s.Item2 : null, s.Item1 ? $"h-{i}" : null, s.Item3))], []));

    [Fact]
    public void Random_pages_index_to_the_same_bytes_as_the_string_per_word_reading()
    {
        Gen.Select(Page.Array[1, 6], Gen.Int[0, 45], Gen.Int[0, 8]).Sample((pages, snippet, terms) =>
        {
            var limits = new SearchIndexLimits(snippet, terms);
            Assert.Equal(ReferenceSearchIndex.Build(pages, limits), SearchIndexBuilder.Build(pages, limits));
        }, iter: 3_000);
    }

    [Fact]
    public void A_large_synthetic_site_indexes_to_the_same_bytes()
    {
        var pages = SyntheticSearchPages.Create(400);
        Assert.Equal(ReferenceSearchIndex.Build(pages), SearchIndexBuilder.Build(pages));
    }

    [Theory]
    [InlineData("Rotate the  secret,\n then rotated it again", 10)]
    [InlineData("abcdefghijklmnopqrstuvwxyz tail words", 10)]
    [InlineData("exactly ten", 11)]
    [InlineData("exactly ten chars plus", 11)]
    [InlineData("   \u0001 ", 5)]
    public void Snippets_cut_where_the_string_per_word_reading_cut_them(string text, int snippetChars)
    {
        SearchPage[] pages = [new("a.html", "A", null, [new SearchSection("H", "h", text)], [])];
        var limits = new SearchIndexLimits(snippetChars, 10);
        Assert.Equal(ReferenceSearchIndex.Build(pages, limits), SearchIndexBuilder.Build(pages, limits));
    }
}
