namespace Hotpass.Docs.Diagnostics;

/// <summary>How long one stage (or one part of it) took.</summary>
/// <param name="AllocatedBytes">What the stage allocated on the managed heap (all threads); null for a part.</param>
public sealed record StageTime(string Name, TimeSpan Elapsed, IReadOnlyList<StageTime> Parts, long? AllocatedBytes = null);
