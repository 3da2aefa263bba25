using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render;

/// <summary>What rendering and the steps after it share: the model, the templates, the writer, and the facts of
/// every file written so far.</summary>
internal sealed class RenderContext(SiteModel site, TemplateSet templates, ISiteWriter writer, string? baseUrl, DiagnosticBag diagnostics,
    PreviewBanner? preview = null)
{
    public SiteModel Site => site;
    public TemplateSet Templates => templates;
    public LiquidRenderer Liquid { get; } = new(templates, site.AsOf);
    public PageViewBuilder Views { get; } = new(site, templates.Features, preview, SitemapWriter.AbsoluteBase(baseUrl));
    public ISiteWriter Writer => writer;
    public RenderedSite Output { get; } = new(site.Pages.Count + site.Assets.Count + 16);
    public string? BaseUrl => baseUrl;
    public DiagnosticBag Diagnostics => diagnostics;
    public PreviewBanner? Preview => preview;

    /// <summary>The site root, for state a step keeps between builds (the external-link cache).</summary>
    public string Root { get; init; } = ".";

    /// <summary>The wall clock, for cache ages (never for what the site shows: that is the model's as-of instant).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Where stage timings go (<c>--timings</c>); null when nobody asked.</summary>
    public StageTimings? Timings { get; init; }

    /// <summary>The work each <see cref="IPreparedStep"/> started when rendering did, by step.</summary>
    internal IReadOnlyDictionary<IPostRenderStep, Task> Prepared { get; init; } = new Dictionary<IPostRenderStep, Task>();

    /// <summary>What steps keep between the builds of one <c>serve</c>; null in a full build.</summary>
    public StepMemos? Memos { get; init; }

    /// <summary>Fetch external links (<c>--check-external</c>).</summary>
    public bool CheckExternal { get; init; }

    /// <summary>Where diagnostics about a layout's output point: the site's own template file or the built-in theme.</summary>
    public string LayoutSource(string layout)
    {
        var path = "layouts/" + layout + ".liquid";
        var described = templates.Files.DescribeSource(path);
        return Path.IsPathRooted(described) ? site.Config.TemplatesDir + "/" + path : described;
    }

    /// <summary>Writes a text file and records it with its facts.</summary>
    public void WriteText(string outputPath, OutputKind kind, ReadOnlySpan<char> text, string? sourcePath, HtmlFacts? html)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = System.Text.Encoding.UTF8.GetBytes(text, buffer);
            Output.Add(new RenderedFile(writer.Write(outputPath, kind, buffer.AsSpan(0, length)), sourcePath, html));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
