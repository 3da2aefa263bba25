using Hotpass.Docs.Text;

namespace Hotpass.Docs.Tests.Text;

/// <summary>"Did you mean …?": one edit (insert, delete, substitute, swap) away, and no guess when two are as near.</summary>
public sealed class NearestNameTests
{
    [Theory]
    [InlineData("tittle", "title")]
    [InlineData("titel", "title")]
    [InlineData("risk-registr.html", "risk-register.html")]
    [InlineData("Usage", "usage")]
    [InlineData("summery", "summary")]
    public void Finds_the_name_one_edit_away(string typed, string expected) =>
        Assert.Equal(expected, NearestName.Find(typed, ["title", "summary", "owner", "risk-register.html", "usage"]));

    [Theory]
    [InlineData("title")]
    [InlineData("ttl")]
    [InlineData("completely-different")]
    public void Gives_no_suggestion_for_an_exact_or_distant_name(string typed) =>
        Assert.Null(NearestName.Find(typed, ["title", "summary"]));

    [Fact]
    public void Gives_no_suggestion_when_two_are_equally_near() => Assert.Null(NearestName.Find("cat", ["bat", "hat"]));

    [Fact]
    public void A_wider_distance_can_be_asked_for() => Assert.Equal("summary", NearestName.Find("sumary", ["summary"], 2));
}
