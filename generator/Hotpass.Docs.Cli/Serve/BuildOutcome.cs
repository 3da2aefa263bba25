using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>What one rebuild while serving came to: the generation it made (the last good one when it failed), its
/// diagnostics, and how long it took.</summary>
public sealed record BuildOutcome(int Generation, int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    /// <summary>How many pages the build rendered (the rest were carried over from the last good build), of how many; null when it failed.</summary>
    public (int Rendered, int Pages)? RenderedPages { get; init; }

    /// <summary>The build's stage timings, when <c>serve --timings</c> asked for them.</summary>
    public StageTimings? Timings { get; init; }

    public bool Succeeded => ExitCode == 0;
}
