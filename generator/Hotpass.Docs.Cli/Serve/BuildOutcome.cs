using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>What one rebuild while serving came to: the generation it made (the last good one when it failed), its
/// diagnostics, and how long it took.</summary>
public sealed record BuildOutcome(int Generation, int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;
}
