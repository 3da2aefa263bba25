using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>The fact names are made in one place; the reference page and the readers must agree with it.</summary>
public sealed class EvidenceFactNamesTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "reference", "evidence-formats.md"));

    [Fact]
    public void The_reference_page_lists_every_fact_name_and_no_other()
    {
        var listed = Page.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal) && (l.Contains(" | number | ", StringComparison.Ordinal) || l.Contains(" | text | ", StringComparison.Ordinal)))
            .Select(l => l.Split('`')[1])
            .ToList();
        Assert.Equal(EvidenceFactNames.All.Select(f => f.Name), listed);
    }

    [Fact]
    public void The_reference_page_lists_every_evidence_diagnostic()
    {
        var codes = DiagnosticCodes.All.Where(d => d.Code.StartsWith("HPD4", StringComparison.Ordinal)).Select(d => d.Code).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"| {code} |", Page, StringComparison.Ordinal));
        Assert.All(DiagnosticCodes.All.Where(d => d.Code.StartsWith("HPD4", StringComparison.Ordinal)), d => Assert.False(string.IsNullOrEmpty(d.Help), d.Code));
    }

    [Fact]
    public void Every_fact_a_reader_writes_has_a_name_in_the_catalogue()
    {
        var dir = Path.Combine(RepoPaths.Root, "evidence");
        var items = EvidenceScanner.Scan(dir, "evidence/", new DiagnosticBag());
        var written = items.SelectMany(i => i.FactValues.Keys).Distinct(StringComparer.Ordinal);
        Assert.All(written, name => Assert.True(EvidenceFactNames.IsKnown(name), name));
    }
}
