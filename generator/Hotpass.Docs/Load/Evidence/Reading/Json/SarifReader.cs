using System.Text.Json;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>SARIF 2.1.0: tools, and results by effective level (SARIF §3.27.10: the result's level, else its rule's
/// default, else warning; a result whose kind is not <c>fail</c> has level none) and by rule.</summary>
internal sealed class SarifReader : IEvidenceReader
{
    public string FormatName => "SARIF";

    public long MaxBytes => EvidenceLimits.DocumentBytes;

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics)
    {
        using var doc = JsonDoc.Parse(input, input.Bytes, diagnostics);
        if (doc is null) return null;
        JsonElement? root = doc.RootElement;
        var version = root.Str("version");
        if (!SpecVersions.Accept(version, SpecVersions.Sarif, FormatName, input, diagnostics)) return null;
        var tools = new List<string>();
        var byLevel = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var suppressed = 0;
        var runs = 0;
        DateTimeOffset? time = null;
        string? commit = null;
        foreach (var run in root.Items("runs"))
        {
            runs++;
            var driver = run.Get("tool").Get("driver");
            var name = driver.Str("name");
            var toolVersion = driver.Str("version") ?? driver.Str("semanticVersion");
            if (name is not null) tools.Add(toolVersion is null ? name : $"{name} {toolVersion}");
            foreach (var invocation in run.Items("invocations"))
                time = EvidenceTime.Latest(time, EvidenceTime.Parse(invocation.Str("endTimeUtc") ?? invocation.Str("startTimeUtc")));
            foreach (var vcs in run.Items("versionControlProvenance"))
                commit ??= vcs.Str("revisionId");
            foreach (var result in run.Items("results"))
            {
                if (result.Items("suppressions").Any()) { suppressed++; continue; }
                var level = EffectiveLevel(run, result);
                byLevel[level] = byLevel.GetValueOrDefault(level) + 1;
                var rule = result.Str("ruleId") ?? result.Get("rule").Str("id") ?? "(none)";
                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }
        var facts = new StaticAnalysisFacts(tools, runs, byLevel, byRule, suppressed);
        return new EvidenceRead(new EvidenceFormat(FormatName, version), facts, time, commit, Title: tools.FirstOrDefault());
    }

    private static string EffectiveLevel(JsonElement run, JsonElement result)
    {
        if (result.Str("level") is { } level) return level;
        if (result.Str("kind") is { } kind && kind != "fail") return "none";
        return RuleOf(run, result)?.Get("defaultConfiguration").Str("level") ?? "warning";
    }

    private static JsonElement? RuleOf(JsonElement run, JsonElement result)
    {
        var reference = result.Get("rule");
        var tool = run.Get("tool");
        var component = reference.Get("toolComponent").Long("index") is { } ext
            ? tool.Items("extensions").ElementAtOrDefault((int)ext)
            : tool.Get("driver") ?? default;
        var rules = ((JsonElement?)component).Items("rules").ToList();
        var index = reference.Long("index") ?? ((JsonElement?)result).Long("ruleIndex");
        if (index is { } i && i >= 0 && i < rules.Count) return rules[(int)i];
        var id = result.Str("ruleId") ?? reference.Str("id");
        return id is null ? null : rules.FirstOrDefault(r => r.Str("id") == id) is { ValueKind: JsonValueKind.Object } found ? found : null;
    }
}
