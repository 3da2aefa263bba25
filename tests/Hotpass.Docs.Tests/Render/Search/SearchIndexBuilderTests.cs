using System.Text;
using Hotpass.Docs.Steps.Search;
using Hotpass.Docs.Tests.TestSupport;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Render.Search;

public sealed class SearchIndexBuilderTests(ITestOutputHelper output)
{
    private static readonly SearchPage Rotate = new(
        "how-to/rotate.html", "Rotate  the secret", "Swap the <key> & restart.",
        [
            new SearchSection(null, null, "Before you start,\n read this."),
            new SearchSection("Rotate", "rotate", "Write a new value to Vault, then restart Vault's agent. Restart it twice."),
            new SearchSection("Empty", "nothing-here", "  "),
        ],
        ["CTL-007", "CTL-007"]);

    private static readonly SearchIndexLimits Small = new(SnippetChars: 30, TermsPerSection: 40);

    [Fact]
    public void Writes_a_small_root_that_names_the_files_of_keys_and_of_pages_each_a_script()
    {
        var files = SearchIndexBuilder.Build([Rotate, new SearchPage("index.html", "Home", null, [], [])], Small);

        Assert.Equal(["search-index.js", "search/k0.js", "search/p0.js"], files.Keys);
        Assert.Equal("window.HotpassSearchIndex={\"v\":3,\"pages\":2,\"keys\":[\"agent\"],\"chunks\":[0]};\n", files["search-index.js"]);
        // The snippet is cut at the last space before 30 characters, never inside a word, and says so; the id 'rotate' is
        // left out because the client derives it from its heading, 'nothing-here' is not.
        Assert.Equal(
            "window.HotpassSearchParts=window.HotpassSearchParts||{};window.HotpassSearchParts.p0="
            + "[[\"how-to/rotate.html\",\"Rotate the secret\",\"Swap the \\u003Ckey\\u003E \\u0026 restart.\","
            + "[[\"\",\"\",\"Before you start, read this.\"],[\"Rotate\",\"\",\"Write a new value to Vault,…\"],[\"Empty\",\"nothing-here\",\"\"]]],"
            + "[\"index.html\",\"Home\",\"\",[]]];\n",
            files["search/p0.js"]);
        Assert.StartsWith("window.HotpassSearchParts=window.HotpassSearchParts||{};window.HotpassSearchParts.k0={\"keys\":[\"agent\",\"before\",\"ctl-007\",",
            files["search/k0.js"], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_key_is_kept_once_per_page_at_its_best_place_title_before_heading_before_body()
    {
        var index = SearchIndexReader.FromText(SearchIndexBuilder.Build([Rotate, new SearchPage("index.html", "Home", null, [], [])], Small));
        const string url = "how-to/rotate.html";
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OwnId), index.PlaceOf("ctl-007", url));
        // 'rotate' is also the heading of section 1: the title keeps it at the top of the page, where a title match lands.
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Title), index.PlaceOf("rotate", url));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Summary), index.PlaceOf("restart", url));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Body), index.PlaceOf("before", url));
        // Past the snippet too: every word of a section is a key.
        Assert.Equal(SearchPlace.Of(1, SearchPlace.Body), index.PlaceOf("twice", url));
        Assert.Equal(SearchPlace.Of(2, SearchPlace.Heading), index.PlaceOf("empty", url));
        Assert.Null(index.PlaceOf("then", url));
        Assert.Null(index.PlaceOf("it", url));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Title), index.PlaceOf("home", "index.html"));
    }

    [Fact]
    public void Ids_are_keys_as_written_lower_cased_the_first_the_pages_own()
    {
        var requirement = new SearchPage("governance/frameworks/NIST-SSDF/PO.3.html", "NIST-SSDF:PO.3: Toolchains", null,
            [new SearchSection(null, null, "")], ["NIST-SSDF:PO.3", "PO.3"]);
        var index = SearchIndexReader.FromText(SearchIndexBuilder.Build([requirement]));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OwnId), index.PlaceOf("nist-ssdf:po.3", requirement.Url));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OtherId), index.PlaceOf("po.3", requirement.Url));
        // The words of the title are keys beside them.
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Title), index.PlaceOf("nist-ssdf", requirement.Url));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Title), index.PlaceOf("po", requirement.Url));
    }

    [Fact]
    public void The_same_pages_in_any_order_give_the_same_bytes()
    {
        var pages = SyntheticSearchPages.Create(300);
        var limits = SearchIndexLimits.Default with { KeyBytes = 4096, PageBytes = 2048 };
        var forward = SearchIndexBuilder.Build(pages, limits);
        Assert.True(forward.Count > 10, $"{forward.Count} files");
        Assert.Equal(forward, SearchIndexBuilder.Build(pages.Reverse(), limits));
    }

    [Fact]
    public void Nothing_in_page_text_can_close_a_script_or_break_out_of_a_string()
    {
        var hostile = new SearchPage("x.html", "</script><script>alert(1)</script>", "\"'\u2028\\", [new SearchSection("<!--", "a\"b", "`${x}`")], ["</script>"]);
        foreach (var (path, js) in SearchIndexBuilder.Build([hostile]))
        {
            Assert.DoesNotContain("<", js, StringComparison.Ordinal);
            Assert.DoesNotContain("'", js, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2028", js, StringComparison.Ordinal);
            if (path.Contains("/p", StringComparison.Ordinal)) Assert.Contains("\\u0060${x}\\u0060", js, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_4000_page_site_is_cut_into_files_small_enough_to_load_for_one_query()
    {
        var files = SearchIndexBuilder.Build(SyntheticSearchPages.Create(4000));
        var sizes = files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetByteCount(f.Value));
        var keys = sizes.Where(s => s.Key.StartsWith("search/k", StringComparison.Ordinal)).ToList();
        var pages = sizes.Where(s => s.Key.StartsWith("search/p", StringComparison.Ordinal)).ToList();
        output.WriteLine($"root {sizes["search-index.js"]} bytes; {keys.Count} files of keys, largest {keys.Max(k => k.Value)}; "
            + $"{pages.Count} files of pages, largest {pages.Max(p => p.Value)}; {sizes.Values.Sum()} bytes in all");
        Assert.True(sizes["search-index.js"] < 4_000);
        Assert.InRange(keys.Count, 2, SearchIndexBuilder.MaxKeyFiles);
        Assert.InRange(pages.Count, 2, SearchIndexBuilder.MaxPageFiles);
        Assert.All(keys, k => Assert.True(k.Value < 64 * 1024, $"{k.Key}: {k.Value} bytes"));
        Assert.All(pages, p => Assert.True(p.Value < 32 * 1024, $"{p.Key}: {p.Value} bytes"));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(31, ")")]
    [InlineData(32, "1A")]
    [InlineData(1023, "v)")]
    [InlineData(1024, "10A")]
    public void Numbers_are_written_without_separators(int number, string expected)
    {
        var text = new StringBuilder();
        TermCode.Append(text, number);
        Assert.Equal(expected, text.ToString());
        TermCode.Append(text, 5);
        Assert.Equal([number, 5], TermCode.Decode(text.ToString()));
    }
}
