namespace Hotpass.Docs.Pipeline;

/// <summary>How long one stage (or one part of it) took.</summary>
public sealed record StageTime(string Name, TimeSpan Elapsed, IReadOnlyList<StageTime> Parts);
