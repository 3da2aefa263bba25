using CsCheck;
using Hotpass.Docs.Steps.Search;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Search;

/// <summary>The index read in place and cut into files gives back, when read, what the string-per-word reading works out
/// (<see cref="ReferenceSearchIndex"/>), on text made of what the reading treats specially: whitespace and control runs,
/// '-' and '_' at word ends, capitals, non-ASCII letters, stop words, ids, words in the title and the body, snippets cut
/// on and off a space, and files so small that keys and pages spread over many.</summary>
public sealed class SearchIndexOracleTests
{
    private static readonly string[] Words =
        ["the", "Rotate", "rotated", "ROTATES", "-x-", "__a_b__", "K\u00f6nig", "\u0130stanbul", "a", "1", "v2", "it", "vault", "CTL-1", "PO.3"];

    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Int[0, Words.Length - 1].Select(i => Words[i]),
            Gen.String[Gen.Char["aAb- _\t\n\u0001\u00e9\u2028"], 0, 6])
        .Array[0, 40].Select(parts => string.Join(" ", parts));

    private static readonly Gen<SearchPage> Page =
        Gen.Select(Text, Text, Gen.Select(Gen.Bool, Text, Text).Array[0, 4], Gen.Int[0, 999], Gen.Int[0, Words.Length - 1].Array[0, 3])
            .Select((title, summary, sections, n, ids) => new SearchPage(
                $"p/{n}.html", title, summary.Length == 0 ? null : summary,
                [.. sections.Select((s, i) => new SearchSection(s.Item1 ? s.Item2 : null, s.Item1 ? $"h-{i}" : null, s.Item3))],
                [.. ids.Select(i => Words[i])]));

    [Fact]
    public void Random_pages_read_back_as_the_string_per_word_reading_expects()
    {
        Gen.Select(Page.Array[1, 6], Gen.Int[0, 45], Gen.Int[0, 8], Gen.Int[1, 400]).Sample((pages, snippet, terms, bytes) =>
        {
            var distinct = pages.DistinctBy(p => p.Url).ToArray();
            var limits = new SearchIndexLimits(snippet, terms, KeyBytes: bytes, PageBytes: bytes);
            AssertReadsBack(ReferenceSearchIndex.Build(distinct, limits), SearchIndexReader.FromText(SearchIndexBuilder.Build(distinct, limits)));
        }, iter: 2_000);
    }

    [Fact]
    public void A_large_synthetic_site_reads_back_as_expected()
    {
        var pages = SyntheticSearchPages.Create(400);
        AssertReadsBack(ReferenceSearchIndex.Build(pages, SearchIndexLimits.Default), SearchIndexReader.FromText(SearchIndexBuilder.Build(pages)));
    }

    [Theory]
    [InlineData("Rotate the  secret,\n then rotated it again", 10)]
    [InlineData("abcdefghijklmnopqrstuvwxyz tail words", 10)]
    [InlineData("exactly ten", 11)]
    [InlineData("exactly ten chars plus", 11)]
    [InlineData("   \u0001 ", 5)]
    public void Snippets_are_cut_where_the_string_per_word_reading_cuts_them(string text, int snippetChars)
    {
        SearchPage[] pages = [new("a.html", "A", null, [new SearchSection("H", "h", text)], [])];
        var limits = new SearchIndexLimits(snippetChars, 10);
        AssertReadsBack(ReferenceSearchIndex.Build(pages, limits), SearchIndexReader.FromText(SearchIndexBuilder.Build(pages, limits)));
    }

    private static void AssertReadsBack(ReferenceSearchIndex.Expected expected, SearchIndexReader read)
    {
        Assert.Equal(expected.Pages.Select(p => (p.Url, p.Title, p.Summary, string.Join("|", p.Sections))),
            read.Pages.Select(p => (p.Url, p.Title, p.Summary, string.Join("|", p.Sections))));
        Assert.Equal(expected.Keys.Keys, read.Keys.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, postings) in expected.Keys) Assert.Equal(postings, read.Keys[key]);
    }
}
