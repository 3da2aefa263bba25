using System.Globalization;
using Fluid;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Renders a layout with a page's view; template errors surface as <see cref="TemplateException"/>.</summary>
/// <param name="asOf">What the template's "now" is, so a <c>date</c> filter never reads the clock.</param>
internal sealed class LiquidRenderer(TemplateSet templates, DateTimeOffset asOf)
{
    public string Render(string layout, PageView view)
    {
        var buffer = new PageBuffer();
        Render(layout, view, buffer);
        return buffer.Builder.ToString();
    }

    /// <summary>Renders into <paramref name="into"/>, replacing what it held.</summary>
    /// <returns>Where the HTML holds reused partial output, for <see cref="HtmlFactsScanner"/>.</returns>
    public ReusedSpans Render(string layout, PageView view, PageBuffer into)
    {
        var template = templates.Layout(layout);
        into.Builder.Clear();
        using var writer = new StringWriter(into.Builder, CultureInfo.InvariantCulture);
        var reused = new ReusedSpans(writer);
        var context = new PageTemplateContext(view, templates.Options, reused) { Now = () => asOf };
        try
        {
            // As Fluid's Render(context): no encoder (the theme escapes what it must), in a child scope of the context.
            var rendering = template.RenderAsync(writer, context, Fluid.NullEncoder.Default, isolateContext: true);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
            return reused;
        }
        catch (Exception e) when (e is FluidException or ParseException or FileNotFoundException or InvalidOperationException)
        {
            throw new TemplateException(SourceLocation.File(templates.DescribeLayout(layout)), e.Message);
        }
    }
}
