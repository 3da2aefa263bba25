namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>A test report's counts, counted from its test cases (not from summary attributes, which tools get wrong).</summary>
/// <param name="Failures">Cases that failed an assertion.</param>
/// <param name="Errors">Cases that errored (JUnit &lt;error&gt;, NUnit Error).</param>
/// <param name="FailingTests">Names of failed and errored cases, in report order, at most <see cref="MaxFailingNames"/>.</param>
internal sealed record TestRunFacts(
    int Total,
    int Failures,
    int Errors,
    int Skipped,
    double? DurationSeconds,
    IReadOnlyList<string> FailingTests) : EvidenceFacts
{
    public const int MaxFailingNames = 200;

    public override EvidenceKind Kind => EvidenceKind.TestRun;

    public int Passed => Total - Failures - Errors - Skipped;

    protected override void AddFlat(IDictionary<string, FactValue> flat)
    {
        Put(flat, EvidenceFactNames.TestsTotal, Total);
        Put(flat, EvidenceFactNames.TestsPassed, Passed);
        Put(flat, EvidenceFactNames.TestsFailed, Failures + Errors);
        Put(flat, EvidenceFactNames.TestsErrors, Errors);
        Put(flat, EvidenceFactNames.TestsSkipped, Skipped);
        Put(flat, EvidenceFactNames.DurationSeconds, DurationSeconds);
    }
}
