using Hotpass.Docs.Text;

namespace Hotpass.Docs.Tests.Text;

/// <summary>Which known name a misspelt one meant.</summary>
public sealed class NearestNameTests
{
    private static readonly string[] Keys = ["title", "summary", "type", "owner", "last_reviewed", "review_every", "order"];

    [Theory]
    [InlineData("tittle", "title")]        // one letter too many
    [InlineData("titl", "title")]          // one too few
    [InlineData("tytle", "title")]         // one substituted
    [InlineData("tilte", "title")]         // two neighbours swapped
    [InlineData("ownr", "owner")]
    [InlineData("last_reveiwed", "last_reviewed")]
    public void A_name_one_edit_away_finds_the_known_name(string name, string expected) =>
        Assert.Equal(expected, NearestName.Find(name, Keys));

    [Theory]
    [InlineData("author")]     // nothing near
    [InlineData("title")]      // a known name needs no suggestion
    [InlineData("")]
    public void No_suggestion_when_nothing_is_one_edit_away_or_the_name_is_known(string name) =>
        Assert.Null(NearestName.Find(name, Keys));

    [Fact]
    public void Names_compare_ordinally_so_a_change_of_case_is_an_edit()
    {
        Assert.Equal("title", NearestName.Find("Title", Keys));
        Assert.Null(NearestName.Find("TITLE", Keys));
    }

    [Fact]
    public void A_wider_budget_finds_names_further_away()
    {
        Assert.Null(NearestName.Find("sumary_", Keys));
        Assert.Equal("summary", NearestName.Find("sumary_", Keys, maxDistance: 2));
    }

    [Fact]
    public void Ties_go_to_the_ordinally_first_candidate_whatever_the_order_given()
    {
        Assert.Equal("bat", NearestName.Find("cat", ["hat", "bat", "rat"]));
        Assert.Equal("bat", NearestName.Find("cat", ["rat", "hat", "bat"]));
        Assert.Equal("Bat", NearestName.Find("cat", ["bat", "Bat"]));
    }

    [Fact]
    public void The_nearest_wins_over_an_ordinally_earlier_one_further_away() =>
        Assert.Equal("type", NearestName.Find("tipe", ["tap", "type"], maxDistance: 2));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)] // optimal string alignment does not edit a swapped pair again
    public void Distance_counts_edits(string a, string b, int expected) =>
        Assert.Equal(expected, NearestName.Distance(a, b));
}
