using Hotpass.Docs.Evidence;
using Hotpass.Docs.Evidence.Judging;

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
    public void Matches_ids_paths_and_globs(string pattern, string path, bool matches) =>
        Assert.Equal(matches, EvidencePattern.Parse(pattern, out _)!.Matches(Item(path)));

    [Fact]
    public void A_sidecar_id_is_matched_as_written() =>
        Assert.True(EvidencePattern.Parse("consent-*", out _)!.Matches(Item("audit/c.csv", "consent-audit-2025-11")));

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
