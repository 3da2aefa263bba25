using System.Text.Json;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Governance.Oscal;
using Hotpass.Docs.Tests.TestSupport;
using Json.Schema;

namespace Hotpass.Docs.Tests.Governance.Oscal;

/// <summary>The OSCAL Assessment Results document a build writes, validated against NIST's OSCAL 1.0.6 schema
/// (draft-07, in Fixtures/oscal with its NOTICE) with JsonSchema.Net, formats asserted (draft-07 makes <c>format</c> an
/// annotation unless asked), and read for its observations, expiries and findings.</summary>
public sealed class OscalAssessmentResultsTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepoPaths.TestProject, "Fixtures", "oscal", "oscal_assessment-results_schema-1.0.6.json")));

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Built = new(() =>
    {
        using var site = ExportSite.Create();
        var (result, output) = site.BuildInMemory();
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        return output.Files;
    });

    internal static string Problems(JsonElement document)
    {
        var results = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid ? "" : string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20));
    }

    private static JsonElement Document(byte[] bytes) => JsonDocument.Parse(bytes).RootElement.Clone();

    private static JsonElement Result() => Document(Built.Value[MatrixExportStep.OscalPath]).GetProperty("assessment-results").GetProperty("results")[0];

    [Fact]
    public void The_shipped_sites_document_is_valid_oscal_1_0_6()
    {
        var text = new StringWriter();
        OscalAssessmentResults.Write(text, SiteModelLoader.Shipped());
        var document = Document(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        Assert.Equal("", Problems(document));
        var result = document.GetProperty("assessment-results").GetProperty("results")[0];
        Assert.Equal(SiteModelLoader.Shipped().Governance.Controls.Count, result.GetProperty("findings").GetArrayLength());
        Assert.Equal(SiteModelLoader.Shipped().Evidence.Items.Count, result.GetProperty("observations").GetArrayLength());
    }

    [Fact]
    public void A_built_document_with_hostile_titles_is_valid_oscal_1_0_6() =>
        Assert.Equal("", Problems(Document(Built.Value[MatrixExportStep.OscalPath])));

    [Fact]
    public void The_validator_rejects_what_the_schema_forbids()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Built.Value[MatrixExportStep.OscalPath])!;
        var observation = node["assessment-results"]!["results"]![0]!["observations"]![0]!.AsObject();
        observation.Remove("collected");
        observation["uuid"] = "not-a-uuid";
        var problems = Problems(JsonDocument.Parse(node.ToJsonString()).RootElement);
        Assert.Contains("collected", problems, StringComparison.Ordinal);
        Assert.Contains("pattern", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void An_observation_per_file_expires_after_the_shortest_cadence_citing_it()
    {
        var observation = Result().GetProperty("observations").EnumerateArray().Single();
        Assert.Equal("2025-11-20T08:00:00Z", observation.GetProperty("collected").GetString());
        Assert.Equal("2025-11-27T08:00:00Z", observation.GetProperty("expires").GetString()); // weekly, not monthly
        Assert.Equal("https://ci.example/runs/1", observation.GetProperty("links")[0].GetProperty("href").GetString());
        Assert.Equal(["evidence/ci/junit.xml.html", "evidence/ci/junit.xml.txt"],
            observation.GetProperty("relevant-evidence").EnumerateArray().Select(e => e.GetProperty("href").GetString()));
    }

    [Fact]
    public void A_finding_per_control_with_its_status_word_and_the_observations_it_rests_on()
    {
        var result = Result();
        var observation = result.GetProperty("observations")[0].GetProperty("uuid").GetString();
        var findings = result.GetProperty("findings").EnumerateArray().ToDictionary(f => Prop(f, "control-id")!);
        Assert.Equal(["CTL-AT", "CTL-EVIL", "CTL-MINUS", "CTL-PLUS"], findings.Keys);
        var evil = findings["CTL-EVIL"];
        Assert.Equal(("fresh", "satisfied", "pass"), (Prop(evil, "status"), State(evil), Reason(evil)));
        Assert.Equal("CTL-EVIL " + ExportSite.FormulaTitle, evil.GetProperty("title").GetString());
        Assert.Equal(observation, evil.GetProperty("related-observations")[0].GetProperty("observation-uuid").GetString());
        Assert.Equal("DEMO:R1", Prop(evil, "satisfies"));
        var at = findings["CTL-AT"];
        Assert.Equal(("missing", "not-satisfied", "fail"), (Prop(at, "status"), State(at), Reason(at)));
        Assert.False(at.TryGetProperty("related-observations", out _));
    }

    [Fact]
    public void Uuids_are_version_5_from_the_site_and_ids_and_tokens_are_ncnames()
    {
        // RFC 4122 appendix B's example, as Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") gives it.
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), OscalUuid.V5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
        var again = new StringWriter();
        using var site = ExportSite.Create();
        OscalAssessmentResults.Write(again, SiteModelLoader.Run(site.Root).Site!);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(Built.Value[MatrixExportStep.OscalPath]), again.ToString());
        Assert.Equal("_1_bad_id", OscalText.Token("1 bad:id"));
        Assert.Equal("CTL-A.b_c", OscalText.Token("CTL-A.b_c"));
        Assert.Equal("a b", OscalText.Value("  a \n\t b  "));
        Assert.Null(OscalText.Value(" \n "));
    }

    internal static string? Prop(JsonElement element, string name) =>
        element.GetProperty("props").EnumerateArray().Where(p => p.GetProperty("name").GetString() == name).Select(p => p.GetProperty("value").GetString()).FirstOrDefault();

    private static string? State(JsonElement finding) => finding.GetProperty("target").GetProperty("status").GetProperty("state").GetString();

    private static string? Reason(JsonElement finding) => finding.GetProperty("target").GetProperty("status").GetProperty("reason").GetString();
}
