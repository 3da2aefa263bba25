using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Steps;

/// <summary>Writes <c>404.html</c> (see <see cref="NotFoundPage"/> for how it works at any depth).</summary>
internal sealed class NotFoundPageStep : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = [NotFoundPage.OutputPath];

    public void Run(RenderContext context)
    {
        var html = NotFoundPage.Render(context.Liquid, context.Views, context.Templates.Files, context.BaseUrl);
        var facts = HtmlFactsScanner.Scan(html, context.LayoutSource("404"), null, "", null);
        context.WriteText(NotFoundPage.OutputPath, OutputKind.Generated, html, null, facts);
    }
}
