using Fluid;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Renders a layout with a page's view; template errors surface as <see cref="TemplateException"/>.</summary>
/// <param name="asOf">What the template's "now" is, so a <c>date</c> filter never reads the clock.</param>
public sealed class LiquidRenderer(TemplateSet templates, DateTimeOffset asOf)
{
    public string Render(string layout, PageView view)
    {
        var template = templates.Layout(layout);
        var context = new TemplateContext(view, templates.Options, allowModelMembers: true) { Now = () => asOf };
        try
        {
            return template.Render(context);
        }
        catch (Exception e) when (e is FluidException or ParseException or FileNotFoundException or InvalidOperationException)
        {
            throw new TemplateException(SourceLocation.File(templates.DescribeLayout(layout)), e.Message);
        }
    }
}
