using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>Counts test cases by outcome as a test-report reader streams them.</summary>
internal sealed class TestTally
{
    private readonly List<string> _failing = [];

    public int Total { get; private set; }
    public int Failures { get; private set; }
    public int Errors { get; private set; }
    public int Skipped { get; private set; }
    public double CaseSeconds { get; private set; }

    public void Case(TestOutcome outcome, string? name, double? seconds)
    {
        Total++;
        CaseSeconds += seconds ?? 0;
        switch (outcome)
        {
            case TestOutcome.Failed: Failures++; break;
            case TestOutcome.Errored: Errors++; break;
            case TestOutcome.Skipped: Skipped++; break;
        }
        if (outcome is TestOutcome.Failed or TestOutcome.Errored && _failing.Count < TestRunFacts.MaxFailingNames && name is not null)
            _failing.Add(name);
    }

    /// <summary>Durations are summed from many small floats; four decimals keep them exact enough and free of binary noise.</summary>
    public TestRunFacts ToFacts(double? duration) =>
        new(Total, Failures, Errors, Skipped, duration is { } d ? Math.Round(d, 4) : null, [.. _failing]);
}
