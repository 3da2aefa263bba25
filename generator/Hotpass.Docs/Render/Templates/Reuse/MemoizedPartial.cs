using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Hotpass.Docs.Render.Output;

namespace Hotpass.Docs.Render.Templates.Reuse;

/// <summary>A partial whose output is kept for each distinct set of values of the variables it reads, so the sidebar
/// and header that thousands of pages show alike (every generated risk and control page, every page of a large
/// section) are rendered once for all of them. The bytes written are the ones a fresh render writes; only the work
/// is saved. One build's templates own it, so nothing outlives the build.</summary>
internal sealed class MemoizedPartial(IFluidTemplate inner, IReadOnlyList<string> inputs) : IFluidTemplate
{
    /// <summary>After this many renders, a partial that was reused for fewer than a quarter of them (it shows the page's
    /// own title, say) stops being looked up: its keys would only cost time and memory.</summary>
    private const int TrialRenders = 64;

    /// <summary>Distinct outputs kept per partial; enough for a sidebar per section and depth.</summary>
    private const int MaxOutputs = 1024;

    private readonly ConcurrentDictionary<PartialInputKey, ReusedOutput> _outputs = new();
    private int _renders;
    private int _reuses;
    private volatile bool _stopped;

    public async ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        if (_stopped || PartialInputKey.Read(inputs, encoder, context) is not { } key)
        {
            await inner.RenderAsync(writer, encoder, context);
            return;
        }
        var renders = Interlocked.Increment(ref _renders);
        if (_outputs.TryGetValue(key, out var kept))
        {
            Interlocked.Increment(ref _reuses);
            await Write(writer, context, kept);
            return;
        }
        if (renders >= TrialRenders && Volatile.Read(ref _reuses) * 4 < renders) _stopped = true;
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        await inner.RenderAsync(buffer, encoder, context);
        var output = new ReusedOutput(buffer.ToString());
        if (_outputs.Count < MaxOutputs) _outputs.TryAdd(key, output);
        await Write(writer, context, output);
    }

    private static Task Write(TextWriter writer, TemplateContext context, ReusedOutput output)
    {
        (context as PageTemplateContext)?.Spans.Writing(writer, output);
        return writer.WriteAsync(output.Text);
    }
}
