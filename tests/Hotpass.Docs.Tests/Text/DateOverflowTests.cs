using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Tests.Text;

/// <summary>Dates and durations at and past the calendar's end are diagnostics, never exceptions.</summary>
public sealed class DateOverflowTests
{
    [Theory]
    [InlineData("9999-12-31", "P1D", "content/a.md(5,15): error HPD107: Front matter 'review_every' puts the next review after 9999-12-31 past the end of the calendar (9999-12-31)")]
    [InlineData("2025-01-01", "P10001Y", "content/a.md(5,15): error HPD107: Front matter 'review_every' puts the next review after 2025-01-01 past the end of the calendar (9999-12-31)")]
    [InlineData("2025-01-01", "P400000000W", "content/a.md(5,15): error HPD107: Front matter 'review_every' puts the next review after 2025-01-01 past the end of the calendar (9999-12-31)")]
    [InlineData("2025-01-01", "PT2147483647H", "content/a.md(5,15): error HPD107: Front matter 'review_every' must be an ISO 8601 duration such as P90D, not 'PT2147483647H'")]
    [InlineData("2025-01-01", "P2147483647M", "content/a.md(5,15): error HPD107: Front matter 'review_every' puts the next review after 2025-01-01 past the end of the calendar (9999-12-31)")]
    public void An_overflowing_review_is_a_diagnostic(string lastReviewed, string every, string expected)
    {
        using var site = new TempSite();
        site.Page("a.md", "A", extra: $"type: how-to\nlast_reviewed: {lastReviewed}\nreview_every: {every}\n");
        var result = site.Build();
        Assert.Equal(expected, TempSite.Lines(result.Diagnostics.Where(d => d.Code != "HPD106")));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_review_on_the_last_day_of_the_calendar_is_fine()
    {
        Assert.True(IsoDuration.TryParse("P1D", out var day));
        Assert.Equal(DateTimeOffset.MaxValue.Date, day.TryAddTo(new DateTimeOffset(9999, 12, 30, 0, 0, 0, TimeSpan.Zero))!.Value.Date);
    }
}
