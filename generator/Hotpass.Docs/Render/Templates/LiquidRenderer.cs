using System.Globalization;
using System.Text;
using Fluid;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Renders a layout with a page's view; template errors surface as <see cref="TemplateException"/>.</summary>
/// <param name="asOf">What the template's "now" is, so a <c>date</c> filter never reads the clock.</param>
public sealed class LiquidRenderer(TemplateSet templates, DateTimeOffset asOf)
{
    /// <summary>Room for a large page, so that rendering one rarely grows the builder (each growth is a new block and,
    /// at the end, a copy).</summary>
    private const int BuilderCapacity = 64 * 1024;

    // One per render thread, reused from page to page: only the finished string is allocated per page.
    [ThreadStatic] private static StringBuilder? t_builder;

    public string Render(string layout, PageView view) => Render(layout, view, out _);

    /// <param name="reused">Where the HTML holds reused partial output, for <see cref="HtmlFactsScanner"/>.</param>
    public string Render(string layout, PageView view, out ReusedSpans reused)
    {
        var template = templates.Layout(layout);
        var builder = t_builder ??= new StringBuilder(BuilderCapacity);
        builder.Clear();
        using var writer = new StringWriter(builder, CultureInfo.InvariantCulture);
        reused = new ReusedSpans(writer);
        var context = new PageTemplateContext(view, templates.Options, reused) { Now = () => asOf };
        try
        {
            // As Fluid's Render(context): no encoder (the theme escapes what it must), in a child scope of the context.
            var rendering = template.RenderAsync(writer, context, Fluid.NullEncoder.Default, isolateContext: true);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
            return writer.ToString();
        }
        catch (Exception e) when (e is FluidException or ParseException or FileNotFoundException or InvalidOperationException)
        {
            throw new TemplateException(SourceLocation.File(templates.DescribeLayout(layout)), e.Message);
        }
    }
}
