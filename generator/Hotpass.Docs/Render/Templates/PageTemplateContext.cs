using Fluid;
using Hotpass.Docs.Render.Output;

namespace Hotpass.Docs.Render.Templates;

/// <summary>The context one page renders in: Fluid's, plus where that page's HTML holds reused partial output.</summary>
internal sealed class PageTemplateContext(object model, TemplateOptions options, ReusedSpans spans)
    : TemplateContext(model, options, allowModelMembers: true)
{
    public ReusedSpans Spans => spans;
}
