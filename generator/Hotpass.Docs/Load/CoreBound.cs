namespace Hotpass.Docs.Load;

/// <summary>Parallel loops of the build run one worker per core. Unbounded, a loop whose workers block (on a file
/// create, on a lock) makes the thread pool inject more workers, which then spin on the same
/// locks and time-slice each other: in a profile of a 4,000-page build, 11 % of the busy thread time was spinning.</summary>
internal static class CoreBound
{
    public static ParallelOptions Options { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
