using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Facts;
using Hotpass.Docs.Model.Evidence;

namespace Hotpass.Docs.Tests.Evidence.Judging;

/// <summary>The matcher resolves each distinct entry once and keeps the items' order.</summary>
public sealed class EvidenceMatcherTests
{
    private static EvidenceItem Item(string path) => new(path[..path.LastIndexOf('.')], path, EvidenceKind.Other,
        new EvidenceFormat("text", null), "", 0, null, null, null, null, null, new SidecarOnlyFacts());

    private static readonly EvidenceItem[] Items = [Item("ci/a-1.xml"), Item("ci/b-1.xml"), Item("ci/a-2.xml"), Item("ci/sub/a-3.xml")];

    [Fact]
    public void An_entry_cited_again_is_answered_from_the_first_match()
    {
        var matcher = new EvidenceMatcher(Items);
        var first = matcher.For("ci/a-*");
        Assert.Same(first, matcher.For("ci/a-*"));
        Assert.Equal(["ci/a-1.xml", "ci/a-2.xml"], first.Hits.Select(i => i.Path));
        Assert.Null(first.Problem);
    }

    [Fact]
    public void Entries_differing_only_in_text_are_matched_apart()
    {
        var matcher = new EvidenceMatcher(Items);
        Assert.Equal(["ci/a-1.xml", "ci/a-2.xml", "ci/sub/a-3.xml"], matcher.For("ci/**/a-*").Hits.Select(i => i.Path));
        Assert.Equal(["ci/b-1.xml"], matcher.For("ci/b-1").Hits.Select(i => i.Path));
        Assert.Empty(matcher.For("ci/c-*").Hits);
    }

    [Fact]
    public void An_entry_leaving_the_folder_has_its_problem_and_no_hits()
    {
        var match = new EvidenceMatcher(Items).For("../ci/a-*");
        Assert.Empty(match.Hits);
        Assert.Equal("climbs out of evidence/ with '..'", match.Problem);
    }
}
