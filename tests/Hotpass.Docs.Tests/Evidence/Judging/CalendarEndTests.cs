using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Tests.Evidence.Judging;

/// <summary>Instants past the year 9999 (issue 24): a cadence or a collection date whose stale instant would fall past
/// the calendar's end crashed check, build and matrix (exit 3). Adding a duration to an instant saturates at the
/// calendar's last instant, so such evidence goes stale then: never later than its cadence says. Evidence collected
/// in the year 9999 is judged at an instant in that year: judged any earlier it is from the future (HPD461).</summary>
public sealed class CalendarEndTests
{
    private static TempSite Site(string cadence, string collectedAt, string asOf)
    {
        var site = new TempSite();
        site.File("hotpass-docs.yml", $"title: T\nas_of: {asOf}\n")
            .Page("index.md", "Home", extra: $"controls:\n  - {{ id: CTL-A, title: A, owner: x, cadence: {cadence}, evidence: [audit] }}\n")
            .File("evidence/audit.csv", "a,b\n")
            .File("evidence/audit.csv.evidence.yaml", $"collected_at: {collectedAt}\n");
        return site;
    }

    [Theory]
    [InlineData("P9000Y", "2025-11-01T00:00:00Z", "2025-11-23T00:00:00Z")]
    [InlineData("monthly", "9999-12-31T00:00:00Z", "9999-12-31T00:00:00Z")]
    [InlineData("P1D", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z")]
    [InlineData("PT1S", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z")]
    public void A_stale_instant_past_the_calendar_saturates_and_every_command_gives_a_verdict(string cadence, string collectedAt, string asOf)
    {
        using var site = Site(cadence, collectedAt, asOf);
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, WriteSite: false));
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Hotpass.Docs.Diagnostics.Severity.Warning);

        foreach (var command in (string[][])[["check"], ["build", "--out", Path.Combine(site.Root, "_site")], ["matrix", "--format", "csv"]])
        {
            var (exit, output, error) = CliRunner.Run([.. command, "--root", site.Root]);
            Assert.True(exit == 0, $"{command[0]}: exit {exit}\n{error}");
            if (command[0] == "matrix") Assert.Contains("CTL-A", output, StringComparison.Ordinal);
        }
        Assert.Contains("9999-12-31", File.ReadAllText(Path.Combine(site.OutDir, "governance", "controls", "CTL-A.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_duration_past_the_calendar_saturates_at_its_last_instant()
    {
        Assert.True(IsoDuration.TryParse("P1M", out var month));
        Assert.Equal(DateTimeOffset.MaxValue, month.AddTo(new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(IsoDuration.TryParse("P9000Y", out var ages));
        Assert.Equal(DateTimeOffset.MaxValue, ages.AddTo(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(9025, 1, 1, 0, 0, 0, TimeSpan.Zero), IsoDurationOf("P7000Y").AddTo(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    private static IsoDuration IsoDurationOf(string text) => IsoDuration.TryParse(text, out var d) ? d : throw new ArgumentException(text);
}
