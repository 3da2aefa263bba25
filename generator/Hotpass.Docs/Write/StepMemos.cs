using System.Collections.Concurrent;
using Hotpass.Docs.Render;

namespace Hotpass.Docs.Write;

/// <summary>What the steps after rendering carry from one build to the next in <c>serve</c>: a step reads the memo it
/// left in the previous passed build and leaves one for the next, so a rebuild redoes only the part of its work an
/// edit can change. A full build has none (<see cref="RenderContext.Memos"/> is null) and pays nothing for them.</summary>
internal sealed class StepMemos
{
    private readonly IReadOnlyDictionary<Type, object> _previous;
    private readonly ConcurrentDictionary<Type, object> _kept = new();

    internal StepMemos(IReadOnlyDictionary<Type, object>? previous) => _previous = previous ?? new Dictionary<Type, object>();

    /// <summary>The memo of type <typeparamref name="T"/> the previous build kept; null on the first build.</summary>
    public T? Previous<T>() where T : class => _previous.GetValueOrDefault(typeof(T)) as T;

    /// <summary>Leaves <paramref name="memo"/> for the next build (kept only if this one passes).</summary>
    public void Keep<T>(T memo) where T : class => _kept[typeof(T)] = memo;

    internal IReadOnlyDictionary<Type, object> Kept => _kept;
}
