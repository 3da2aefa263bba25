using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>The evidence folder as a whole: pairing sidecars, ordinal order, duplicates, orphans, links, and the
/// same result on every run however the threads fall.</summary>
public sealed class EvidenceScannerTests
{
    private const string Junit = "<testsuites><testsuite name=\"s\" timestamp=\"2025-11-20T06:00:00Z\"><testcase name=\"a\"/></testsuite></testsuites>";

    private static (IReadOnlyList<EvidenceItem> Items, string Diagnostics) Scan(TempSite site)
    {
        var bag = new DiagnosticBag();
        var items = EvidenceScanner.Scan(Path.Combine(site.Root, "evidence"), "evidence/", bag);
        return (items, EvidenceRun.Lines(bag.ToSortedList()));
    }

    [Fact]
    public void Items_come_in_ordinal_path_order_with_sidecars_paired()
    {
        using var site = new TempSite();
        site.File("evidence/b/tests.xml", Junit)
            .File("evidence/B.xml", Junit)
            .File("evidence/a/access.csv", "when,who\n2025-11-20,ops\n")
            .File("evidence/a/access.csv.evidence.yaml", "id: access-log\ncollected_at: 2025-11-21T00:00:00Z\n")
            .File("evidence/.generate.py", "print('not evidence')\n");
        var (items, diagnostics) = Scan(site);
        Assert.Equal("", diagnostics);
        Assert.Equal(["B.xml", "a/access.csv", "b/tests.xml"], items.Select(i => i.Path));
        Assert.Equal(["B", "access-log", "b/tests"], items.Select(i => i.Id));
        Assert.Equal(EvidenceKind.Other, items[1].Kind);
    }

    [Fact]
    public void A_sidecar_without_its_file_and_duplicate_ids_are_reported()
    {
        using var site = new TempSite();
        site.File("evidence/gone.csv.evidence.yaml", "collected_at: 2025-11-21T00:00:00Z\n")
            .File("evidence/one.xml", Junit)
            .File("evidence/two.xml", Junit)
            .File("evidence/two.xml.evidence.yaml", "id: one\n");
        var (items, diagnostics) = Scan(site);
        Assert.Equal(2, items.Count);
        Assert.Equal(
            "evidence/gone.csv.evidence.yaml: warning HPD423: Sidecar describes 'gone.csv', which does not exist\n" +
            "evidence/two.xml: error HPD424: Evidence id 'one' is also the id of 'one.xml'",
            diagnostics);
    }

    [Fact]
    public void Bad_files_are_reported_and_the_rest_still_read()
    {
        using var site = new TempSite();
        site.File("evidence/good.xml", Junit).Bytes("evidence/empty.json", []).File("evidence/cut.json", "{\"bomFormat\":\"CycloneDX\",");
        var (items, diagnostics) = Scan(site);
        Assert.Equal(["good.xml"], items.Select(i => i.Path));
        Assert.Equal(
            "evidence/cut.json(1,25): error HPD404: JSON cannot be read: Expected start of a property name or value, but instead reached end of data\n" +
            "evidence/empty.json: error HPD402: Evidence file is empty (0 bytes)",
            diagnostics);
    }

    [SkippableFact]
    public void Symbolic_links_are_not_followed()
    {
        using var site = new TempSite();
        site.File("outside/secret.xml", Junit).File("evidence/real.xml", Junit);
        try
        {
            File.CreateSymbolicLink(Path.Combine(site.Root, "evidence", "link.xml"), Path.Combine(site.Root, "outside", "secret.xml"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Skip.If(true, "symbolic links cannot be made here");
        }
        var (items, diagnostics) = Scan(site);
        Assert.Equal(["real.xml"], items.Select(i => i.Path));
        Assert.Equal("evidence/link.xml: warning HPD113: Symbolic link was not followed: link.xml", diagnostics);
    }

    [Fact]
    public void The_same_folder_reads_the_same_every_time()
    {
        using var site = new TempSite();
        for (var i = 0; i < 40; i++) site.File($"evidence/run-{i:D2}.xml", Junit.Replace("name=\"a\"", $"name=\"t{i}\"", StringComparison.Ordinal));
        site.File("evidence/bad.json", "{").Bytes("evidence/blob.bin", [0, 1, 2]);
        var first = Scan(site);
        for (var run = 0; run < 5; run++)
        {
            var again = Scan(site);
            Assert.Equal(first.Items.Select(i => i.Path + i.Sha256), again.Items.Select(i => i.Path + i.Sha256));
            Assert.Equal(first.Diagnostics, again.Diagnostics);
        }
    }

    [Fact]
    public void The_shipped_evidence_folder_reads_without_errors_and_every_file_is_an_item()
    {
        var bag = new DiagnosticBag();
        var dir = Path.Combine(RepoPaths.Root, "evidence");
        var items = EvidenceScanner.Scan(dir, "evidence/", bag);
        Assert.Equal("", EvidenceRun.Lines(bag.ToSortedList()));
        var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.') && !f.EndsWith(".evidence.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(files, items.Select(i => i.Path));
        Assert.All(items, i => Assert.NotNull(i.CollectedAt));
        foreach (var kind in Enum.GetValues<EvidenceKind>()) Assert.Contains(items, i => i.Kind == kind);
    }
}
