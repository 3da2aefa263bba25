using Hotpass.Docs.Text;

namespace Hotpass.Docs.Tests.Text;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P90D", "2025-01-01", "2025-04-01")]
    [InlineData("P1M", "2025-01-31", "2025-02-28")]
    [InlineData("P1Y", "2024-02-29", "2025-02-28")]
    [InlineData("P2W", "2025-01-01", "2025-01-15")]
    [InlineData("P1DT12H", "2025-01-01", "2025-01-02T12:00:00")]
    public void Adds_on_the_calendar(string text, string start, string expected)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        var from = DateTimeOffset.Parse(start + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse(expected.Contains('T', StringComparison.Ordinal) ? expected + "Z" : expected + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(to, duration.AddTo(from));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("90D")]
    [InlineData("P1.5D")]
    [InlineData("P99999999999D")]
    public void Rejects_what_is_not_a_duration(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
    }
}
