using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render;

/// <summary>What rendering and the steps after it share: the model, the templates, the writer, and the facts of
/// every file written so far.</summary>
public sealed class RenderContext(SiteModel site, TemplateSet templates, ISiteWriter writer, string? baseUrl, DiagnosticBag diagnostics,
    PreviewBanner? preview = null)
{
    public SiteModel Site => site;
    public TemplateSet Templates => templates;
    public LiquidRenderer Liquid { get; } = new(templates);
    public PageViewBuilder Views { get; } = new(site, preview);
    public ISiteWriter Writer => writer;
    public RenderedSite Output { get; } = new();
    public string? BaseUrl => baseUrl;
    public DiagnosticBag Diagnostics => diagnostics;
    public PreviewBanner? Preview => preview;

    /// <summary>Where diagnostics about a layout's output point: the site's own template file or the built-in theme.</summary>
    public string LayoutSource(string layout)
    {
        var path = "layouts/" + layout + ".liquid";
        var described = templates.Files.DescribeSource(path);
        return Path.IsPathRooted(described) ? site.Config.TemplatesDir + "/" + path : described;
    }

    /// <summary>Writes a text file and records it with its facts.</summary>
    public void WriteText(string outputPath, OutputKind kind, string text, string? sourcePath, HtmlFacts? html)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        Output.Add(new RenderedFile(writer.Write(outputPath, kind, bytes), sourcePath, html));
    }
}
