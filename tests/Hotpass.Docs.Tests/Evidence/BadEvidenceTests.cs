using System.Text;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>Hostile and broken evidence: each gives one located diagnostic, nothing throws, nothing is fetched.</summary>
public sealed class BadEvidenceTests
{
    private static string Diagnose(string text, string name = "x", string? sidecar = null) =>
        EvidenceRun.Lines(EvidenceRun.Text(text, name, sidecar).Diagnostics);

    [Fact]
    public void Truncated_json_is_reported_where_it_ends()
    {
        var full = File.ReadAllText(EvidenceRun.Fixture("corpus/pom-cyclonedx.json"));
        var (item, diagnostics) = EvidenceRun.Text(full[..400], "sbom/pom.json");
        Assert.Null(item);
        var d = Assert.Single(diagnostics);
        Assert.Equal("HPD404", d.Code);
        Assert.Equal("evidence/sbom/pom.json", d.Location.Path);
        Assert.True(d.Location.Line > 1, d.ToString());
    }

    [Fact]
    public void Xml_with_an_external_entity_is_refused_and_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), "hpd-xxe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(secret, "SECRET");
        try
        {
            var text = $"<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM \"file://{secret}\">]>\n<testsuites><testsuite timestamp=\"2025-11-01T00:00:00Z\"><testcase name=\"&x;\"/></testsuite></testsuites>";
            var (item, diagnostics) = EvidenceRun.Text(text, "ci/xxe.xml");
            Assert.Null(item);
            Assert.Equal("evidence/ci/xxe.xml(2,1): error HPD406: XML declares an internal DTD subset (entity declarations); DTDs and entities are never processed, so the file was not read",
                EvidenceRun.Lines(diagnostics));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Billion_laughs_is_refused_before_parsing()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i < 10; i++) sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        sb.Append("]>\n<coverage line-rate=\"1\" timestamp=\"1700000000\">&lol9;</coverage>\n");
        Assert.Equal("evidence/x(2,1): error HPD406: XML declares an internal DTD subset (entity declarations); DTDs and entities are never processed, so the file was not read",
            Diagnose(sb.ToString()));
    }

    [Fact]
    public void An_external_dtd_reference_is_ignored_with_a_warning_and_the_file_is_read()
    {
        var (item, diagnostics) = EvidenceRun.Text(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE coverage SYSTEM \"http://127.0.0.1:9/coverage-04.dtd\">\n<coverage line-rate=\"0.9\" branch-rate=\"0.5\" timestamp=\"1763800000\"/>\n");
        Assert.Equal("evidence/x(2,1): warning HPD407: XML names an external DTD 'http://127.0.0.1:9/coverage-04.dtd', which was ignored and never fetched",
            EvidenceRun.Lines(diagnostics));
        Assert.Equal(90, item!.FactValues["coverage_line"].Number);
    }

    [Fact]
    public void An_undeclared_entity_is_malformed_xml()
    {
        Assert.StartsWith("evidence/x(1,44): error HPD405: XML cannot be read: Reference to undeclared entity 'boom'",
            Diagnose("<testsuites><testsuite><testcase name=\"a\">&boom;</testcase></testsuite></testsuites>"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"7.0\",\"components\":[]}", "CycloneDX JSON declares spec version '7.0', which is not one of 1.2, 1.3, 1.4, 1.5, 1.6")]
    [InlineData("<bom xmlns=\"http://cyclonedx.org/schema/bom/2.9\" version=\"1\"/>", "CycloneDX XML declares spec version '2.9', which is not one of 1.2, 1.3, 1.4, 1.5, 1.6")]
    [InlineData("{\"spdxVersion\":\"SPDX-2.9\",\"packages\":[]}", "SPDX JSON declares spec version 'SPDX-2.9', which is not one of SPDX-2.2, SPDX-2.3")]
    [InlineData("SPDXVersion: SPDX-9.0\nDocumentName: x\n", "SPDX tag-value declares spec version 'SPDX-9.0', which is not one of SPDX-2.2, SPDX-2.3")]
    [InlineData("{\"version\":\"3.0.0\",\"runs\":[]}", "SARIF declares spec version '3.0.0', which is not one of 2.1.0")]
    public void A_spec_version_that_does_not_exist_is_reported(string text, string message)
    {
        Assert.Equal("evidence/x: error HPD408: " + message, Diagnose(text));
    }

    [Fact]
    public void A_junit_file_with_no_timestamp_and_no_sidecar_is_reported_but_kept()
    {
        var (item, diagnostics) = EvidenceRun.Text("<testsuites><testsuite name=\"s\"><testcase name=\"a\"/></testsuite></testsuites>", "ci/junit.xml");
        Assert.Null(item!.CollectedAt);
        Assert.Equal("evidence/ci/junit.xml: error HPD409: JUnit XML evidence carries no time of its own and has no sidecar collected_at; its age cannot be judged",
            EvidenceRun.Lines(diagnostics));
    }

    [Fact]
    public void A_sidecar_dates_a_file_that_has_no_time()
    {
        var (item, diagnostics) = EvidenceRun.Text("<testsuites><testsuite name=\"s\"><testcase name=\"a\"/></testsuite></testsuites>", "ci/junit.xml",
            "collected_at: 2025-11-20T06:00:00+02:00\ncommit: abc123\ntitle: Nightly tests\n");
        Assert.Empty(diagnostics);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 4, 0, 0, TimeSpan.Zero), item!.CollectedAt);
        Assert.Equal(("abc123", "Nightly tests"), (item.Commit, item.Title));
    }

    [Fact]
    public void A_zero_byte_file_is_reported()
    {
        var (item, diagnostics) = EvidenceRun.Bytes([], "empty.json");
        Assert.Null(item);
        Assert.Equal("evidence/empty.json: error HPD402: Evidence file is empty (0 bytes)", EvidenceRun.Lines(diagnostics));
    }

    [Fact]
    public void A_binary_file_without_a_sidecar_is_reported()
    {
        var (item, diagnostics) = EvidenceRun.Bytes([0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D], "shot.png");
        Assert.Null(item);
        Assert.Equal("evidence/shot.png: error HPD403: Evidence file is a binary file and has no sidecar 'shot.png.evidence.yaml' describing it",
            EvidenceRun.Lines(diagnostics));
    }

    [Fact]
    public void A_binary_file_with_a_sidecar_is_evidence_described_by_it()
    {
        var (item, diagnostics) = EvidenceRun.Bytes([0x89, 0x50, 0x4E, 0x47, 0x00], "shot.png", "id: dashboard-login\ncollected_at: 2025-11-20\n");
        Assert.Empty(diagnostics);
        Assert.Equal(("dashboard-login", Hotpass.Docs.Load.Evidence.EvidenceKind.Other), (item!.Id, item.Kind));
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 0, 0, 0, TimeSpan.Zero), item.CollectedAt);
    }

    [Fact]
    public void Json_nested_past_the_limit_is_reported_not_overflowed()
    {
        var text = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        Assert.Equal("evidence/x(1,321): error HPD410: JSON is nested deeper than 64 levels; it was not read", Diagnose(text));
    }

    [Fact]
    public void Json_of_no_known_format_and_text_of_no_known_format_are_reported()
    {
        Assert.Equal("evidence/x: error HPD403: Evidence file is JSON of no known evidence format and has no sidecar 'x.evidence.yaml' describing it", Diagnose("{\"hello\":1}"));
        Assert.Equal("evidence/x: error HPD403: Evidence file is text of no known evidence format and has no sidecar 'x.evidence.yaml' describing it", Diagnose("just words\n"));
    }

    [Fact]
    public void A_dsse_payload_that_is_not_base64_is_reported()
    {
        Assert.Equal("evidence/x: error HPD411: DSSE envelope evidence is not valid: the payload is not base64",
            Diagnose("{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"%%%\",\"signatures\":[]}"));
    }

    [Fact]
    public void A_file_over_its_readers_size_limit_is_reported_not_read()
    {
        var padding = new string('x', (int)Hotpass.Docs.Load.Evidence.EvidenceLimits.DocumentBytes);
        var (item, diagnostics) = EvidenceRun.Text("{\"version\":\"2.1.0\",\"runs\":[],\"pad\":\"" + padding + "\"}", "big.sarif");
        Assert.Null(item);
        Assert.Equal($"evidence/big.sarif: error HPD401: SARIF evidence is {padding.Length + 38} bytes, over the limit of 33554432 bytes; it was not read",
            EvidenceRun.Lines(diagnostics));
    }

    [Fact]
    public void A_sidecar_over_its_size_limit_is_reported()
    {
        using var site = new TempSite();
        site.File("evidence/a.csv", "x\n").File("evidence/a.csv.evidence.yaml", "description: " + new string('x', 70_000) + "\n");
        var bag = new Hotpass.Docs.Diagnostics.DiagnosticBag();
        var items = Hotpass.Docs.Load.Evidence.EvidenceScanner.Scan(Path.Combine(site.Root, "evidence"), "evidence/", bag);
        Assert.Empty(items);
        Assert.Equal(
            "evidence/a.csv: error HPD403: Evidence file is text of no known evidence format and has no sidecar 'a.csv.evidence.yaml' describing it\n" +
            "evidence/a.csv.evidence.yaml: error HPD401: Sidecar evidence is 70014 bytes, over the limit of 65536 bytes; it was not read",
            EvidenceRun.Lines(bag.ToSortedList()));
    }

    [Fact]
    public void Utf16_xml_is_read_and_its_dtd_still_checked()
    {
        static byte[] Utf16(string text) => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)];
        const string report = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<testsuites><testsuite timestamp=\"2025-11-20T06:00:00Z\"><testcase name=\"a\"/></testsuite></testsuites>";
        var (item, diagnostics) = EvidenceRun.Bytes(Utf16(report), "ci/vs.xml");
        Assert.Empty(diagnostics);
        Assert.Equal(1, item!.FactValues["tests_total"].Number);
        var hostile = report.Replace("\n", "\n<!DOCTYPE t [<!ENTITY x \"y\">]>\n", StringComparison.Ordinal);
        Assert.Equal("evidence/x(2,1): error HPD406: XML declares an internal DTD subset (entity declarations); DTDs and entities are never processed, so the file was not read",
            EvidenceRun.Lines(EvidenceRun.Bytes(Utf16(hostile)).Diagnostics));
    }
}
