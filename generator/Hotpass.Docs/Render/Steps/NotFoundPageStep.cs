using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render.Steps;

/// <summary>Writes <c>404.html</c>, whose links resolve against the base URL when one is configured.</summary>
public sealed class NotFoundPageStep : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = ["404.html"];

    public void Run(RenderContext context)
    {
        var html = context.Liquid.Render("404", context.Views.BuildNotFound(context.BaseUrl));
        var facts = HtmlFactsScanner.Scan(html, context.LayoutSource("404"), null, "", null);
        context.WriteText("404.html", OutputKind.Generated, html, null, facts);
    }
}
