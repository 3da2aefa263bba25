using Hotpass.Docs.Configuration;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Tests.Governance.Model;

/// <summary>Cadence words as the contract and as people write them in tables → one canonical cadence with a period.</summary>
public sealed class CadenceParserTests
{
    [Theory]
    [InlineData("per-build", "per-build", CadenceKind.PerBuild, null)]
    [InlineData("Per build", "per-build", CadenceKind.PerBuild, null)]
    [InlineData("daily", "daily", CadenceKind.Period, "P1D")]
    [InlineData("weekly", "weekly", CadenceKind.Period, "P1W")]
    [InlineData("sprint", "sprint", CadenceKind.Period, "P14D")]
    [InlineData("Each sprint", "sprint", CadenceKind.Period, "P14D")]
    [InlineData("monthly", "monthly", CadenceKind.Period, "P1M")]
    [InlineData("Monthly", "monthly", CadenceKind.Period, "P1M")]
    [InlineData("quarterly", "quarterly", CadenceKind.Period, "P3M")]
    [InlineData("yearly", "yearly", CadenceKind.Period, "P1Y")]
    [InlineData("release", "release", CadenceKind.Release, "P90D")]
    [InlineData("Per release", "release", CadenceKind.Release, "P90D")]
    [InlineData("Each deploy", "release", CadenceKind.Release, "P90D")]
    [InlineData("Per PR", "per-pr", CadenceKind.PullRequest, "P14D")]
    [InlineData("each pull request", "per-pr", CadenceKind.PullRequest, "P14D")]
    [InlineData("P30D", "P30D", CadenceKind.Period, "P30D")]
    public void Understands_the_words_people_write(string text, string name, CadenceKind kind, string? period)
    {
        var cadence = CadenceParser.Parse(text, CadencePolicy.Default);
        Assert.NotNull(cadence);
        Assert.Equal((name, kind, text), (cadence.Name, cadence.Kind, cadence.Text));
        IsoDuration? expected = period is null ? null : Parse(period);
        Assert.Equal(expected, cadence.Period);
        Assert.Equal(kind == CadenceKind.PerBuild, cadence.NeedsCurrentCommit);
    }

    [Theory]
    [InlineData("fortnightly")]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("per")]
    [InlineData("every now and then")]
    public void Returns_null_for_what_it_does_not_understand(string text) =>
        Assert.Null(CadenceParser.Parse(text, CadencePolicy.Default));

    [Fact]
    public void Periods_are_calendar_aware_and_the_sprint_is_configurable()
    {
        var collected = new DateTimeOffset(2025, 1, 31, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2025, 2, 28, 9, 0, 0, TimeSpan.Zero), CadenceParser.Parse("monthly", CadencePolicy.Default)!.StaleFrom(collected));
        var policy = CadencePolicy.Default with { Sprint = Parse("P21D") };
        Assert.Equal(collected.AddDays(21), CadenceParser.Parse("Each sprint", policy)!.StaleFrom(collected));
        Assert.Null(CadenceParser.Parse("per-build", policy)!.StaleFrom(collected));
    }

    private static IsoDuration Parse(string text) => IsoDuration.TryParse(text, out var d) ? d : throw new ArgumentException(text);
}
