using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render.Steps;

/// <summary>Writes <c>sitemap.xml</c> listing every page written.</summary>
public sealed class SitemapStep : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = ["sitemap.xml"];

    public void Run(RenderContext context)
    {
        var pages = context.Output.Files.Where(f => f.File.Kind == OutputKind.Page).Select(f => f.OutputPath);
        context.WriteText("sitemap.xml", OutputKind.Generated, SitemapWriter.Write(pages, context.BaseUrl), null, null);
    }
}
