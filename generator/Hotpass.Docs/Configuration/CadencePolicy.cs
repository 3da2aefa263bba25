using Hotpass.Docs.Text;

namespace Hotpass.Docs.Configuration;

/// <summary>The lengths that cadence words leave open: a sprint, and how old evidence of an event cadence may grow
/// before the event is presumed not to have happened (a release that old means releases have stopped or skipped it).</summary>
public sealed record CadencePolicy(IsoDuration Sprint, IsoDuration ReleaseMaxAge, IsoDuration PullRequestMaxAge)
{
    /// <summary>Sprint 14 days; release evidence 90 days; pull-request evidence 14 days.</summary>
    public static CadencePolicy Default { get; } = new(Days(14), Days(90), Days(14));

    /// <summary>The cadence of a control that names none (<c>governance.default_cadence</c>), as written, and where;
    /// the model stage understands it. Null: such a control that cites evidence is an error (HPD313), never judged
    /// as if its evidence could not age.</summary>
    public (string Text, Diagnostics.SourceLocation Location)? Fallback { get; init; }

    internal static IsoDuration Days(int days) => new(0, 0, 0, days, TimeSpan.Zero);
}
