using System.Text.Json;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>GitHub Actions run JSON as <c>gh run view --json</c> prints it (camelCase, only the fields asked for), and
/// the REST shapes of a run, a jobs list, and the <c>workflow_run</c>/<c>workflow_job</c> webhooks.</summary>
internal sealed class GitHubRunReader : IEvidenceReader
{
    private static readonly string[] FailedConclusions = ["failure", "cancelled", "timed_out", "startup_failure"];

    public string FormatName => "GitHub Actions run JSON";

    public long MaxBytes => EvidenceLimits.DocumentBytes;

    /// <summary>Fields <c>gh run view --json</c> can print; a file of only these is its output.</summary>
    public static IReadOnlySet<string> GhFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "attempt", "conclusion", "createdAt", "databaseId", "displayTitle", "event", "headBranch", "headSha", "jobs",
        "name", "number", "startedAt", "status", "updatedAt", "url", "workflowDatabaseId", "workflowName",
    };

    public static bool Recognises(JsonShape shape) =>
        shape.IsObject && shape.Keys.Count > 0 && (shape.Keys.Keys.All(GhFields.Contains)
            || (shape.Has("action") && (shape.Has("workflow_run") || shape.Has("workflow_job")))
            || (shape.Has("total_count") && shape.Has("jobs"))
            || (shape.Has("head_sha") && (shape.Has("run_number") || shape.Has("workflow_id"))));

    public EvidenceRead? Read(EvidenceInput input, DiagnosticBag diagnostics)
    {
        using var doc = JsonDoc.Parse(input, input.Bytes, diagnostics);
        if (doc is null) return null;
        var root = doc.RootElement;
        var (shape, run) = root.Get("workflow_run") is { ValueKind: JsonValueKind.Object } wr ? ("webhook workflow_run", wr)
            : root.Get("workflow_job") is { ValueKind: JsonValueKind.Object } wj ? ("webhook workflow_job", wj)
            : root.Get("total_count") is not null ? ("REST jobs", root)
            : root.Get("head_sha") is not null ? ("REST run", root)
            : ("gh run view", root);
        var camel = shape == "gh run view";
        string? F(string camelName, string snakeName) => run.Str(camel ? camelName : snakeName);
        var jobs = run.Items("jobs").ToList();
        var failed = jobs.Count(j => FailedConclusions.Contains(j.Str("conclusion")));
        var conclusion = F("conclusion", "conclusion") ?? JobsConclusion(jobs, failed);
        var created = EvidenceTime.Parse(F("createdAt", "created_at"));
        // `gh run view --json` prints only the fields asked for; without startedAt the run counts from its creation.
        var started = EvidenceTime.Parse(F("startedAt", shape == "webhook workflow_job" ? "started_at" : "run_started_at")) ?? created;
        var ended = EvidenceTime.Parse(F("updatedAt", shape == "webhook workflow_job" ? "completed_at" : "updated_at"));
        var facts = new CiRunFacts(
            shape,
            F("workflowName", "workflow_name") ?? F("name", "name"),
            F("status", "status"),
            conclusion,
            started is { } s && ended is { } e && e >= s ? (e - s).TotalSeconds : null,
            F("url", "html_url"),
            F("headSha", "head_sha"),
            F("event", "event"),
            ((JsonElement?)run).Long(camel ? "databaseId" : "id"),
            jobs.Count,
            failed);
        var url = F("url", "html_url");
        return new EvidenceRead(new EvidenceFormat(FormatName, shape), facts, ended ?? started ?? created,
            facts.HeadSha, url, facts.Workflow);
    }

    private static string? JobsConclusion(List<JsonElement> jobs, int failed) =>
        jobs.Count == 0 ? null
        : failed > 0 ? "failure"
        : jobs.All(j => j.Str("conclusion") is "success" or "skipped" or "neutral") ? "success"
        : null;
}
