using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Sidecar;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>Sidecars: every key read, unknown keys and bad times reported at their line and column.</summary>
public sealed class SidecarReaderTests
{
    private static (EvidenceSidecar? Sidecar, string Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var sidecar = SidecarReader.Parse(yaml, "evidence/a.csv.evidence.yaml", bag);
        return (sidecar, EvidenceRun.Lines(bag.ToSortedList()));
    }

    [Fact]
    public void Every_key_is_read()
    {
        var (sidecar, diagnostics) = Parse(
            "id: access-log\ntitle: Export access log\ncollected_at: 2025-11-21T08:30:00Z\ncommit: 0a1b2c\nsource_url: https://example.org/x\ndescription: Hashed export access log\n");
        Assert.Equal("", diagnostics);
        Assert.Equal(new EvidenceSidecar("evidence/a.csv.evidence.yaml", "access-log", "Export access log",
            new DateTimeOffset(2025, 11, 21, 8, 30, 0, TimeSpan.Zero), "0a1b2c", "https://example.org/x", "Hashed export access log")
        {
            CollectedAtLocation = new SourceLocation("evidence/a.csv.evidence.yaml", 3, 15),
            SourceUrlLocation = new SourceLocation("evidence/a.csv.evidence.yaml", 5, 1),
        }, sidecar);
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line_with_a_suggestion()
    {
        var (_, diagnostics) = Parse("id: a\ncolected_at: 2025-11-21T08:30:00Z\nowner: me\n");
        Assert.Equal(
            "evidence/a.csv.evidence.yaml(2,1): warning HPD420: Unknown sidecar key 'colected_at' (did you mean 'collected_at'?); known keys are id, title, collected_at, commit, source_url, description\n" +
            "evidence/a.csv.evidence.yaml(3,1): warning HPD420: Unknown sidecar key 'owner'; known keys are id, title, collected_at, commit, source_url, description",
            diagnostics);
    }

    [Theory]
    [InlineData("collected_at: yesterday", "yesterday")]
    [InlineData("collected_at: 2025-11-21T08:30:00", "2025-11-21T08:30:00")]
    [InlineData("collected_at: 2025-13-40T00:00:00Z", "2025-13-40T00:00:00Z")]
    public void A_bad_time_is_reported_at_its_value(string line, string value)
    {
        var (sidecar, diagnostics) = Parse("id: a\n" + line + "\n");
        Assert.Null(sidecar!.CollectedAt);
        Assert.Equal($"evidence/a.csv.evidence.yaml(2,15): error HPD421: Sidecar collected_at '{value}' is not an ISO 8601 date and time with a zone (e.g. 2025-11-20T06:00:00Z)", diagnostics);
    }

    [Fact]
    public void A_sidecar_that_is_not_a_mapping_is_reported()
    {
        var (sidecar, diagnostics) = Parse("- a\n- b\n");
        Assert.Null(sidecar);
        Assert.Equal("evidence/a.csv.evidence.yaml(1,1): error HPD422: Sidecar must be a mapping of keys to values", diagnostics);
    }
}
