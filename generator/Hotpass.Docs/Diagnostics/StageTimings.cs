using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Hotpass.Docs.Diagnostics;

/// <summary>Stopwatch readings of one run, for <c>build --timings</c>: the wall time of each stage in the order they ran,
/// and under a stage the time its worker threads spent in each part, summed over threads (so a part can exceed the
/// stage's wall time on several cores). Console only: nothing here reaches the site.</summary>
public sealed class StageTimings
{
    private readonly List<StageTime> _stages = [];
    private readonly ConcurrentDictionary<string, PartTotal> _parts = new(StringComparer.Ordinal);
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lapStarted;
    private long _lapAllocated = GC.GetTotalAllocatedBytes();

    public StageTimings() => _lapStarted = _started;

    /// <summary>The stages measured so far.</summary>
    public IReadOnlyList<StageTime> Stages => _stages;

    /// <summary>Closes the stage that ran since the previous lap (or since the start) under <paramref name="stage"/>,
    /// taking with it the parts recorded meanwhile.</summary>
    public void Lap(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        var parts = _parts.OrderBy(p => p.Value.Order).Select(p => new StageTime(p.Key, TimeSpan.FromTicks(Interlocked.Read(ref p.Value.Ticks)), [])).ToList();
        _parts.Clear();
        var allocated = GC.GetTotalAllocatedBytes();
        _stages.Add(new StageTime(stage, Stopwatch.GetElapsedTime(_lapStarted, now), parts, allocated - _lapAllocated));
        _lapStarted = now;
        _lapAllocated = allocated;
    }

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to
    /// <paramref name="part"/> of the running stage; safe from any thread.</summary>
    public void AddPart(string part, long startTimestamp)
    {
        var box = _parts.GetOrAdd(part, _ => new PartTotal(_parts.Count));
        Interlocked.Add(ref box.Ticks, Stopwatch.GetElapsedTime(startTimestamp).Ticks);
    }

    /// <summary>Adds the time since <paramref name="start"/> to <paramref name="part"/> when timings are kept; returns
    /// now, where the next part starts.</summary>
    public static long Part(StageTimings? timings, string part, long start)
    {
        timings?.AddPart(part, start);
        return Stopwatch.GetTimestamp();
    }

    /// <summary>The stage name of a step after rendering: its type name without the <c>Step</c> suffix, in kebab case
    /// (<c>LinkGateStep</c> → <c>link-gate</c>).</summary>
    public static string StepName(object step)
    {
        var name = step.GetType().Name;
        if (name.EndsWith("Step", StringComparison.Ordinal)) name = name[..^4];
        var kebab = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && kebab.Length > 0) kebab.Append('-');
            kebab.Append(char.ToLowerInvariant(c));
        }
        return kebab.ToString();
    }

    /// <summary>A table of the stages in milliseconds, parts indented under their stage, and the total.</summary>
    public string Format()
    {
        var lines = new List<string> { "timings (ms; wall per stage, indented parts summed over threads; MB allocated per stage):" };
        foreach (var stage in _stages)
        {
            lines.Add(Line("  " + stage.Name, stage.Elapsed) + Megabytes(stage.AllocatedBytes));
            lines.AddRange(stage.Parts.Select(p => Line("    " + p.Name, p.Elapsed)));
        }
        lines.Add(Line("  total", Stopwatch.GetElapsedTime(_started)));
        lines.Add(Line("  gc pauses", GC.GetTotalPauseDuration()) + string.Create(CultureInfo.InvariantCulture,
            $"   (collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated, {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} MB heap after the last)"));
        return string.Join('\n', lines) + "\n";
    }

    private static string Megabytes(long? bytes) =>
        bytes is { } b ? (b / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(10) : "";

    private static string Line(string name, TimeSpan elapsed) =>
        name.PadRight(24) + elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture).PadLeft(10);

    private sealed class PartTotal(int order)
    {
        public readonly int Order = order;
        public long Ticks;
    }
}
