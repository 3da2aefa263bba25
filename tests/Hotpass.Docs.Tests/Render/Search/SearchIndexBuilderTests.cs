using System.Text;
using Hotpass.Docs.Steps.Search;

namespace Hotpass.Docs.Tests.Render.Search;

public sealed class SearchIndexBuilderTests
{
    private static readonly SearchPage Rotate = new(
        "how-to/rotate.html", "Rotate  the secret", "Swap the <key> & restart.",
        [
            new SearchSection(null, null, "Before you start,\n read this."),
            new SearchSection("Rotate", "rotate", "Write a new value to Vault, then restart Vault's agent. Restart it twice."),
            new SearchSection("Empty", "nothing-here", "  "),
        ],
        ["CTL-007", "CTL-007"]);

    [Fact]
    public void Writes_pages_and_sections_as_a_script_that_sets_a_global()
    {
        // 'restart' is in the summary and 'vault' in the snippet, and 'then' and 'it' are stop words, so only the other
        // words after the snippet are terms; each is used once, so they are numbered in ordinal order: agent A, twice B.
        // The id 'rotate' is what the client derives from its heading, so it is left out; 'nothing-here' is not.
        var limits = new SearchIndexLimits(SnippetChars: 30, TermsPerSection: 40);
        var js = SearchIndexBuilder.Build([Rotate, new SearchPage("index.html", "Home", null, [], [])], limits);
        Assert.Equal(
            "window.HotpassSearchIndex={\"v\":2,\"words\":\"agent twice\","
            + "\"pages\":[[\"how-to/rotate.html\",\"Rotate the secret\",\"Swap the \\u003Ckey\\u003E \\u0026 restart.\",\"CTL-007\"],[\"index.html\",\"Home\",\"\",\"\"]],"
            + "\"sections\":[[0,\"\",\"\",\"Before you start, read this.\",\"\"],"
            + "[0,\"Rotate\",\"\",\"Write a new value to Vault,\",\"AB\"],"
            + "[0,\"Empty\",\"nothing-here\",\"\",\"\"]]};\n",
            js);
    }

    [Fact]
    public void The_same_pages_in_any_order_give_the_same_bytes()
    {
        var pages = SyntheticSearchPages.Create(50);
        Assert.Equal(SearchIndexBuilder.Build(pages), SearchIndexBuilder.Build(pages.Reverse()));
    }

    [Fact]
    public void Nothing_in_page_text_can_close_a_script_or_break_out_of_a_string()
    {
        var hostile = new SearchPage("x.html", "</script><script>alert(1)</script>", "\"'\u2028\\", [new SearchSection("<!--", "a\"b", "`${x}`")], []);
        var js = SearchIndexBuilder.Build([hostile]);
        Assert.DoesNotContain("<", js, StringComparison.Ordinal);
        Assert.DoesNotContain("'", js, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", js, StringComparison.Ordinal);
        Assert.Contains("\\u0060${x}\\u0060", js, StringComparison.Ordinal);
    }

    [Fact]
    public void A_4000_page_site_indexes_in_under_5_MB()
    {
        var js = SearchIndexBuilder.Build(SyntheticSearchPages.Create(4000));
        var bytes = Encoding.UTF8.GetByteCount(js);
        Assert.True(bytes < 5_000_000, $"index is {bytes} bytes");
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(31, ")")]
    [InlineData(32, "1A")]
    [InlineData(1023, "v)")]
    [InlineData(1024, "10A")]
    public void Term_numbers_are_written_without_separators(int number, string expected)
    {
        var text = new StringBuilder();
        TermCode.Append(text, number);
        Assert.Equal(expected, text.ToString());
        TermCode.Append(text, 5);
        Assert.Equal([number, 5], TermCode.Decode(text.ToString()));
    }
}
