using System.Text;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>A UTF-8 byte order mark before JSON evidence (issue 24): some Windows tools write one (a real SARIF log
/// did). The CycloneDX reader accepted it while SARIF, SPDX, run JSON and in-toto refused the same bytes as malformed;
/// now one place strips it for every JSON reader, and each format reads the same with and without it.</summary>
public sealed class ByteOrderMarkTests
{
    public static TheoryData<string> JsonFixtures() =>
    [
        "pom-cyclonedx.json",
        "software__example8__spdx2.3__examplemaven-0.0.1.spdx.json",
        "sarif-sdk__elfie-arriba.sarif",
        "gh-enhance__rest-run-23697822330.json",
        "guac__oci-dsse-att.json",
        "slsa-verifier__gha_go__v2.1.0__binary-linux-amd64-push-v14.intoto.jsonl",
    ];

    [Theory]
    [MemberData(nameof(JsonFixtures))]
    public void Json_evidence_reads_the_same_after_a_utf8_byte_order_mark(string fixture)
    {
        var bytes = File.ReadAllBytes(EvidenceRun.Fixture("corpus/" + fixture));
        var (plain, plainDiagnostics) = EvidenceRun.Bytes(bytes, fixture);
        var (marked, markedDiagnostics) = EvidenceRun.Bytes([0xEF, 0xBB, 0xBF, .. bytes], fixture);
        Assert.NotNull(plain);
        Assert.True(marked is not null, EvidenceRun.Lines(markedDiagnostics));
        Assert.Equal(EvidenceRun.Lines(plainDiagnostics), EvidenceRun.Lines(markedDiagnostics));
        Assert.Equal(plain.Format, marked.Format);
        Assert.Equal(plain.CollectedAt, marked.CollectedAt);
        Assert.Equal(plain.Commit, marked.Commit);
        Assert.Equal(plain.FactValues, marked.FactValues);
    }

    [Fact]
    public void A_key_named_twice_after_a_byte_order_mark_is_still_located_on_its_line()
    {
        var json = "{\"_type\": \"https://in-toto.io/Statement/v1\", \"predicateType\": \"p\",\n \"subject\": [{\"digest\": {\"sha1\": \"a\", \"sha1\": \"b\"}}]}";
        var (_, diagnostics) = EvidenceRun.Bytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)], "prov.json");
        Assert.StartsWith("evidence/prov.json(2,39): error HPD411:", EvidenceRun.Lines(diagnostics), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_json_is_reported_as_not_utf8_not_as_malformed_xml(string encoding)
    {
        var text = "\uFEFF{\"version\": \"2.1.0\", \"runs\": []}";
        var (item, diagnostics) = EvidenceRun.Bytes(Encoding.GetEncoding(encoding).GetBytes(text), "scan.sarif");
        Assert.Null(item);
        Assert.Equal("evidence/scan.sarif: error HPD404: JSON cannot be read: the file is UTF-16 text; JSON evidence must be UTF-8 (RFC 8259)",
            EvidenceRun.Lines(diagnostics));
    }
}
