using System.Text;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence;

/// <summary>Valid JSON with values of types a reader does not expect (issue 24): every JSON reader reads through the
/// same safe accessors (JsonValues), so an object where a string belongs is skipped, a lone surrogate escape reads as
/// U+FFFD, a number too large for any type is no number, and a key named twice in a signed statement is reported at
/// its line and column. None of them may throw.</summary>
public sealed class JsonValueTypeTests
{
    private const string Time = "2025-11-20T00:00:00Z";

    /// <summary>Two real SPDX writers put objects where the spec has strings (in creators, and documentDescribes).</summary>
    [Fact]
    public void Spdx_with_objects_among_its_creators_and_described_elements_reads_the_strings_and_skips_the_rest()
    {
        var (item, diagnostics) = EvidenceRun.Text(Fill("""
            {"spdxVersion": "SPDX-2.3", "name": "doc",
             "creationInfo": {"created": "@T", "creators": [{"Tool": "x"}, 7, null, "Tool: syft-1.0", ["Tool: nested"]]},
             "documentDescribes": [{"spdxElementId": "SPDXRef-A"}, "SPDXRef-B"],
             "packages": [{"SPDXID": "SPDXRef-A", "name": "a"}, {"SPDXID": "SPDXRef-B", "name": "b", "versionInfo": "2"}]}
            """), "sbom.spdx.json");
        Assert.Empty(diagnostics);
        Assert.Equal("b", item!.FactValues["subject"].Text);
        Assert.Equal("2", item.FactValues["subject_version"].Text);
        Assert.Equal(["syft-1.0"], ((Hotpass.Docs.Load.Evidence.Facts.SbomFacts)item.Facts).Tools);
    }

    public static TheoryData<string, string> LoneSurrogates() => new()
    {
        { "CycloneDX JSON", """{"bomFormat": "CycloneDX", "specVersion": "1.5", "metadata": {"timestamp": "@T", "component": {"name": "\ud800x", "\udfff": 1}}}""" },
        { "SPDX JSON", """{"spdxVersion": "SPDX-2.3", "name": "\udc00x", "creationInfo": {"created": "@T", "creators": ["Tool: \ud800"]}}""" },
        { "SARIF", """{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "\ud800x"}}, "invocations": [{"endTimeUtc": "@T"}], "results": [{"ruleId": "\udbff"}]}]}""" },
        { "GitHub Actions run JSON", """{"workflowName": "\ud800x", "conclusion": "success", "createdAt": "@T", "url": "\udc00"}""" },
        { "in-toto statement", """{"_type": "https://in-toto.io/Statement/v1", "predicateType": "https://slsa.dev/provenance/v1\udc00", "subject": [{"name": "\ud800x", "digest": {"\ud800": "aa", "sha256": "\udc00"}}], "predicate": {"runDetails": {"metadata": {"finishedOn": "@T"}}}}""" },
        { "a top-level key", """{"\ud800": "\ud800", "version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x\ud800"}}, "invocations": [{"endTimeUtc": "@T"}]}]}""" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void A_lone_surrogate_escape_in_any_string_reads_as_a_replacement_character(string where, string json)
    {
        var (item, diagnostics) = EvidenceRun.Text(Fill(json), "x.json");
        Assert.True(item is not null, where + ": " + EvidenceRun.Lines(diagnostics));
        Assert.Empty(diagnostics);
        Assert.Contains(item.FactValues.Values.Select(v => v.Text).Append(item.Title), t => t is not null && t.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_inside_a_json_string_reads_as_a_replacement_character()
    {
        var bytes = Encoding.UTF8.GetBytes(Fill("""{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "a#b"}}, "invocations": [{"endTimeUtc": "@T"}]}]}"""));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xC3; // a lead byte with no continuation
        var (item, diagnostics) = EvidenceRun.Bytes(bytes, "x.sarif");
        Assert.Empty(diagnostics);
        Assert.Equal("a\uFFFDb", item!.FactValues["tool"].Text);
    }

    [Fact]
    public void A_digest_set_naming_one_algorithm_twice_is_reported_at_the_second_key()
    {
        var (item, diagnostics) = EvidenceRun.Text(Fill("""
            {"_type": "https://in-toto.io/Statement/v1", "predicateType": "https://slsa.dev/provenance/v1",
             "subject": [{"name": "a", "digest": {"sha256": "aa",
                                                  "sha256": "bb"}}],
             "predicate": {}}
            """), "prov.json");
        Assert.Null(item);
        Assert.Equal("evidence/prov.json(3,39): error HPD411: in-toto statement evidence is not valid: key 'sha256' is named twice in one object, so parsers disagree on its value",
            EvidenceRun.Lines(diagnostics));
    }

    [Fact]
    public void A_key_named_twice_inside_a_dsse_payload_is_reported_against_the_file()
    {
        var statement = """{"_type": "https://in-toto.io/Statement/v1", "predicateType": "p", "subject": [{"name": "a", "digest": {"sha256": "aa", "sha256": "bb"}}]}""";
        var (item, diagnostics) = EvidenceRun.Text(
            Fill("""{"payloadType": "application/vnd.in-toto+json", "payload": "@P", "signatures": []}""", payload: statement), "prov.json");
        Assert.Null(item);
        Assert.Equal("evidence/prov.json: error HPD411: in-toto statement evidence is not valid: key 'sha256' is named twice in one object in its DSSE payload, so parsers disagree on its value",
            EvidenceRun.Lines(diagnostics));
    }

    [Fact]
    public void Escaped_and_plain_spellings_of_one_key_are_the_same_key()
    {
        var (item, diagnostics) = EvidenceRun.Text(Fill("""
            {"_type": "https://in-toto.io/Statement/v1", "predicateType": "p", "subject": [{"name": "a", "digest": {"sha256": "aa", "sha\u0032\u0035\u0036": "bb"}}], "predicate": {}}
            """), "prov.json");
        Assert.Null(item);
        Assert.Contains("key 'sha256' is named twice", EvidenceRun.Lines(diagnostics), StringComparison.Ordinal);
    }

    public static TheoryData<string> NumericExtremes() => ["1e400", "-1e400", "1e-400", "-0", "18446744073709551616", "-9223372036854775809", "123456789012345678901234567890"];

    [Theory]
    [MemberData(nameof(NumericExtremes))]
    public void Numbers_out_of_every_range_read_as_no_number(string n)
    {
        foreach (var json in (string[])[
            """{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "t", "version": @N, "rules": [{"id": "r"}]}, "extensions": [{"rules": []}]}, "invocations": [{"endTimeUtc": "@T"}], "results": [{"ruleIndex": @N, "rule": {"index": @N, "toolComponent": {"index": @N}}, "level": @N}]}]}""",
            """{"workflowName": "w", "databaseId": @N, "conclusion": @N, "createdAt": "@T", "jobs": [{"conclusion": @N}]}""",
            """{"mediaType": "application/vnd.dev.sigstore.bundle+json;version=0.2", "verificationMaterial": {"tlogEntries": [{"integratedTime": @N}, {"integratedTime": "@N"}]}, "dsseEnvelope": {"payloadType": "x", "payload": "@P"}}""",
            """{"bomFormat": "CycloneDX", "specVersion": @N, "metadata": {"timestamp": @N}, "components": [{"type": @N, "licenses": [{"expression": @N}]}]}""",
            """{"spdxVersion": "SPDX-2.3", "name": @N, "creationInfo": {"created": @N, "creators": [@N]}, "documentDescribes": [@N], "packages": [{"SPDXID": @N, "name": @N}]}""",
        ])
        {
            var (_, diagnostics) = EvidenceRun.Text(Fill(json, n, """{"_type": "t", "predicateType": "p", "subject": [{"name": @N, "digest": {"sha256": @N}}], "predicate": {"metadata": {"buildFinishedOn": @N}}}"""), "x.json");
            Assert.DoesNotContain(diagnostics, d => d.Message.Contains("Exception", StringComparison.Ordinal));
        }
    }

    /// <summary>The JSON with its time (@T), number (@N) and base64 payload (@P, itself filled) put in.</summary>
    private static string Fill(string json, string n = "0", string? payload = null) =>
        json.Replace("@P", payload is null ? "" : Convert.ToBase64String(Encoding.UTF8.GetBytes(Fill(payload, n))), StringComparison.Ordinal)
            .Replace("@T", Time, StringComparison.Ordinal).Replace("@N", n, StringComparison.Ordinal);

    [Fact]
    public void The_run_id_of_a_run_is_read_only_when_it_is_a_whole_number_that_fits()
    {
        var (item, _) = EvidenceRun.Text(Fill("""{"workflowName": "w", "databaseId": 1e400, "createdAt": "@T"}"""), "run.json");
        Assert.Null(((Hotpass.Docs.Load.Evidence.Facts.CiRunFacts)item!.Facts).RunId);
        (item, _) = EvidenceRun.Text(Fill("""{"workflowName": "w", "databaseId": 9223372036854775807, "createdAt": "@T"}"""), "run.json");
        Assert.Equal(long.MaxValue, ((Hotpass.Docs.Load.Evidence.Facts.CiRunFacts)item!.Facts).RunId);
    }

    /// <summary>The same files through <c>build</c> (cited by a control) and <c>evidence</c>: a gate verdict, never an
    /// internal error (exit 3) or a stack trace.</summary>
    [Fact]
    public void Build_and_the_evidence_command_give_diagnostics_not_internal_errors()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "title: T\n")
            .Page("index.md", "Home", extra: "controls:\n  - { id: CTL-A, title: A, owner: x, cadence: monthly, evidence: [\"**\"] }\n");
        var files = new List<string>();
        foreach (var (where, json) in LoneSurrogates().Select(r => ((string)r[0], (string)r[1])))
        {
            var name = $"evidence/{files.Count}.json";
            site.File(name, Fill(json));
            files.Add(Path.Combine(site.Root, name));
        }
        site.File("evidence/spdx.json", Fill("""{"spdxVersion": "SPDX-2.3", "creationInfo": {"created": "@T", "creators": [{"a": 1}]}, "documentDescribes": [{"a": 1}]}"""));
        site.File("evidence/dup.json", """{"_type": "https://in-toto.io/Statement/v1", "predicateType": "p", "subject": [{"digest": {"sha256": "a", "sha256": "b"}}]}""");
        files.Add(Path.Combine(site.Root, "evidence/spdx.json"));
        files.Add(Path.Combine(site.Root, "evidence/dup.json"));

        var build = site.Build();
        Assert.Contains(build.ExitCode, (int[])[0, 1]);
        var (exit, output, error) = CliRunner.Run(["evidence", .. files]);
        Assert.Equal(1, exit); // the duplicate key
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }
}
