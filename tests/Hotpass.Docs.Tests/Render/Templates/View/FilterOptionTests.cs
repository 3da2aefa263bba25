using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Tests.Render.Templates.View;

/// <summary>A table filter's choices: only those some row has, in the given order, counted; others after, by key.</summary>
public sealed class FilterOptionTests
{
    [Fact]
    public void Lists_the_keys_rows_have_in_the_given_order_with_their_counts()
    {
        var options = FilterOption.Of(["fresh", "failing", "zeta", "fresh", "alpha", "failing", "fresh"],
            [("failing", "failing"), ("stale", "stale"), ("fresh", "fresh")]);
        Assert.Equal(
            [new("failing", "failing", 2), new("fresh", "fresh", 3), new("alpha", "alpha", 1), new FilterOption("zeta", "zeta", 1)],
            options);
    }

    [Fact]
    public void Rows_without_keys_give_no_choices() => Assert.Empty(FilterOption.Of([], [("open", "open")]));
}
