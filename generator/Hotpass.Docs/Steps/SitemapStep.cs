using Hotpass.Docs.Render;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Steps;

/// <summary>Writes <c>sitemap.xml</c> listing every page written, when the base URL is absolute (the protocol allows
/// only absolute locations; the pipeline says once in its summary that none was written).</summary>
internal sealed class SitemapStep : IPostRenderStep
{
    public IReadOnlyList<string> Outputs { get; } = [SitemapWriter.OutputPath];

    public void Run(RenderContext context)
    {
        if (SitemapWriter.AbsoluteBase(context.BaseUrl) is not { } absoluteBase) return;
        var pages = context.Output.Files.Where(f => f.File.Kind == OutputKind.Page).Select(f => f.OutputPath).Order(StringComparer.Ordinal);
        context.WriteText(SitemapWriter.OutputPath, OutputKind.Generated, SitemapWriter.Write(pages, absoluteBase), null, null);
    }
}
