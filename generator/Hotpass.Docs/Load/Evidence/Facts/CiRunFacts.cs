namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>A GitHub Actions run (or job) as <c>gh run view --json</c>, the REST API or a webhook gives it.</summary>
/// <param name="Shape">Which of those shapes the file has: <c>gh run view</c>, <c>REST run</c>, <c>REST jobs</c>,
/// <c>webhook workflow_run</c>, <c>webhook workflow_job</c>.</param>
/// <param name="Conclusion">The run's conclusion; for a file of jobs only, failure when any job failed, else success
/// when all succeeded or were skipped.</param>
internal sealed record CiRunFacts(
    string Shape,
    string? Workflow,
    string? Status,
    string? Conclusion,
    double? DurationSeconds,
    string? RunUrl,
    string? HeadSha,
    string? Event,
    long? RunId,
    int Jobs,
    int JobsFailed) : EvidenceFacts
{
    public override EvidenceKind Kind => EvidenceKind.CiRun;

    protected override void AddFlat(IDictionary<string, FactValue> flat)
    {
        Put(flat, EvidenceFactNames.Workflow, Workflow);
        Put(flat, EvidenceFactNames.Status, Status);
        Put(flat, EvidenceFactNames.Conclusion, Conclusion);
        Put(flat, EvidenceFactNames.DurationSeconds, DurationSeconds);
        Put(flat, EvidenceFactNames.Jobs, Jobs);
        Put(flat, EvidenceFactNames.JobsFailed, JobsFailed);
    }
}
