namespace Hotpass.Docs.Render.Highlight;

/// <summary>The process's grammar set: a thread rents it for a block and gives it back. There is one, because
/// TextMateSharp (2.0.5) runs every regular-expression search under one process-wide lock: a set per core only
/// loaded and compiled every grammar again and let one thread's searches
/// count against another block's time budget. Holding the set for a whole block keeps the budget's clock honest and
/// the output the same however many pages render at once.</summary>
internal static class GrammarPool
{
    private static readonly GrammarSet Set = new();
    private static readonly SemaphoreSlim Slot = new(1, 1);

    public static GrammarSet Rent()
    {
        Slot.Wait();
        return Set;
    }

    public static void Return(GrammarSet set)
    {
        if (!ReferenceEquals(set, Set)) throw new ArgumentException("not the pool's grammar set", nameof(set));
        Slot.Release();
    }
}
