using Hotpass.Docs.Text;

namespace Hotpass.Docs.Configuration;

/// <summary>The lengths that cadence words leave open: a sprint, and how old evidence of an event cadence may grow
/// before the event is presumed not to have happened (a release that old means releases have stopped or skipped it).</summary>
public sealed record CadencePolicy(IsoDuration Sprint, IsoDuration ReleaseMaxAge, IsoDuration PullRequestMaxAge)
{
    /// <summary>Sprint 14 days; release evidence 90 days; pull-request evidence 14 days.</summary>
    public static CadencePolicy Default { get; } = new(Days(14), Days(90), Days(14));

    internal static IsoDuration Days(int days) => new(0, 0, 0, days, TimeSpan.Zero);
}
