using System.Diagnostics;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Markdown;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render;

/// <summary>Renders every page, on all cores, writing each as soon as it is rendered and keeping only its facts;
/// then copies the content and theme assets.</summary>
internal static class SiteRenderer
{
    private static readonly RenderedMarkdown EmptyBody = new("", []);

    /// <param name="pages">The pages to render, when an incremental rebuild carried the others over; null: all.</param>
    public static void Render(RenderContext context, IReadOnlyList<Page>? pages = null)
    {
        var site = context.Site;
        try
        {
            Parallel.ForEach(pages ?? site.Pages, CoreBound.Options, () => new PageBuffer(), (page, _, buffer) =>
            {
                try
                {
                    RenderPage(context, page, buffer);
                }
                catch (Exception e) when (e is not (TemplateException or IOException or UnauthorizedAccessException))
                {
                    throw new BuildStepException("rendering " + (page.Source?.SourcePath ?? page.OutputPath), e);
                }
                return buffer;
            }, _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<TemplateException>().FirstOrDefault() is { } template)
        {
            throw template;
        }
        context.Timings?.Lap("render");

        foreach (var asset in site.Assets)
        {
            var source = site.Config.ContentDir + "/" + asset.ContentPath;
            context.Output.Add(new RenderedFile(context.Writer.Copy(asset.ContentPath, OutputKind.Asset, asset.FullPath), source, null));
        }

        // A site's content may replace a theme asset by putting a file at the same path.
        foreach (var themeFile in context.Templates.Files.List("assets"))
        {
            if (context.Output.Contains(themeFile)) continue;
            var written = context.Writer.Write(themeFile, OutputKind.Asset, context.Templates.Files.ReadBytes(themeFile)!);
            context.Output.Add(new RenderedFile(written, context.Templates.Files.DescribeSource(themeFile), null));
        }
        context.Timings?.Lap("assets");
    }

    private static void RenderPage(RenderContext context, Page page, PageBuffer buffer)
    {
        var markdown = page.Content.Markdown;
        var body = markdown is null ? EmptyBody : new RenderedMarkdown(markdown.Document.BodyHtml, Toc(markdown));
        var started = Stopwatch.GetTimestamp();
        var reused = context.Liquid.Render(page.Layout, context.Views.Build(page, body), buffer);
        var html = buffer.Text;
        context.Timings?.AddPart("template", started);
        started = Stopwatch.GetTimestamp();
        var facts = HtmlFactsScanner.Scan(html, context.LayoutSource(page.Layout), markdown?.Document, body.Html, markdown?.Source.SourcePath, reused);
        context.Timings?.AddPart("link-facts", started);
        started = Stopwatch.GetTimestamp();
        context.WriteText(page.OutputPath, OutputKind.Page, html, markdown?.Source.SourcePath, facts);
        context.Timings?.AddPart("write", started);
    }

    private static List<TocEntry> Toc(MarkdownContent markdown) =>
        [.. markdown.Document.Headings.Where(h => h.Level is 2 or 3 && !string.IsNullOrEmpty(h.Id)).Select(h => new TocEntry(h.Level, h.Id!, h.Text))];
}
