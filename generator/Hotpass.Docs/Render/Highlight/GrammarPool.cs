using System.Collections.Concurrent;

namespace Hotpass.Docs.Render.Highlight;

/// <summary>The process's grammar sets: a thread rents one for a block and gives it back. There are never more sets than
/// cores, since each set loads and compiles its grammars again; a thread beyond that waits for a free set, which costs
/// nothing when highlighting is CPU-bound anyway.</summary>
internal static class GrammarPool
{
    private static readonly ConcurrentBag<GrammarSet> Free = [];
    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount);

    public static GrammarSet Rent()
    {
        Slots.Wait();
        return Free.TryTake(out var set) ? set : new GrammarSet();
    }

    public static void Return(GrammarSet set)
    {
        Free.Add(set);
        Slots.Release();
    }
}
