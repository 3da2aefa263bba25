using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Facts;
using Hotpass.Docs.Model.Evidence;

namespace Hotpass.Docs.Tests.Evidence.Judging;

/// <summary>Evidence patterns: ids, paths and globs relative to evidence/, never outside it.</summary>
public sealed class EvidencePatternTests
{
    private static EvidenceItem Item(string path, string? id = null) => new(id ?? path[..path.LastIndexOf('.')], path,
        EvidenceKind.Other, new EvidenceFormat("Sidecar-described file"), "00", 1, DateTimeOffset.UnixEpoch, null, null, null, null, new SidecarOnlyFacts());

    [Theory]
    [InlineData("ci/tests/*", "ci/tests/a.xml", true)]
    [InlineData("ci/*", "ci/tests/a.xml", false)]
    [InlineData("ci/**", "ci/tests/a.xml", true)]
    [InlineData("**/a.xml", "ci/tests/a.xml", true)]
    [InlineData("**/a.xml", "a.xml", true)]
    [InlineData("ci/tests/a.xml", "ci/tests/a.xml", true)]
    [InlineData("ci/tests/a", "ci/tests/a.xml", true)]
    [InlineData("ci/tests/a?xml", "ci/tests/a.xml", true)]
    [InlineData("ci/tests/a", "ci/tests/ab.xml", false)]
    [InlineData("./ci/tests/*", "ci/tests/a.xml", true)]
    [InlineData("ci/**/a.xml", "ci/a.xml", true)]
    [InlineData("ci/**/a.xml", "ci/x/y/a.xml", true)]
    [InlineData("ci/**/a.xml", "cia.xml", false)]
    [InlineData("ci/**a.xml", "ci/x/ba.xml", true)]
    [InlineData("ci/*/a.xml", "ci/x/y/a.xml", false)]
    [InlineData("ci/*-*-*.xml", "ci/bench-1-junit.xml", true)]
    [InlineData("ci/bench-1-*", "ci/bench-10-junit.xml", false)]
    [InlineData("ci/a?c.x", "ci/a/c.x", false)]
    [InlineData("ci/?", "ci/.x", false)]
    [InlineData("CI/*", "ci/a.xml", false)]
    public void Matches_ids_paths_and_globs(string pattern, string path, bool matches) =>
        Assert.Equal(matches, EvidencePattern.Parse(pattern, out _)!.Matches(Item(path)));

    [Fact]
    public void A_sidecar_id_is_matched_as_written() =>
        Assert.True(EvidencePattern.Parse("consent-*", out _)!.Matches(Item("audit/c.csv", "consent-audit-2025-11")));

    [Fact]
    public void A_pattern_that_would_backtrack_exponentially_answers_at_once()
    {
        // '*a' twenty times against forty a's and no final b: a backtracking matcher tries ~10^11 ways.
        var pattern = EvidencePattern.Parse(string.Concat(Enumerable.Repeat("*a", 20)) + "b", out _)!;
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(pattern.Matches(Item(new string('a', 40) + ".x")));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("ci/../../x")]
    [InlineData("/abs/*")]
    [InlineData("C:/x")]
    [InlineData("ci\\..\\x")]
    public void Refuses_patterns_that_leave_the_folder(string pattern)
    {
        Assert.Null(EvidencePattern.Parse(pattern, out var problem));
        Assert.NotNull(problem);
    }
}
