using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Markdown;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render;

/// <summary>Renders every page, on all cores, and writes it with the assets, 404 page and sitemap, registering
/// each output in the manifest. With no staging folder (<c>check</c>) it renders and writes nothing.</summary>
public static class SiteRenderer
{
    private static readonly RenderedMarkdown EmptyBody = new("", []);

    public static void Render(SiteModel site, MarkdownRenderer markdown, TemplateSet templates, OutputManifest manifest,
        StagingSite? staging, string? baseUrl, DiagnosticBag diagnostics)
    {
        var liquid = new LiquidRenderer(templates);
        var views = new PageViewBuilder(site);
        try
        {
            Parallel.ForEach(site.Pages, page =>
            {
                try
                {
                    var body = page.Source is null ? EmptyBody : markdown.Render(page.Source, diagnostics);
                    var html = liquid.Render("page", views.Build(page, body));
                    manifest.Add(new ManifestEntry(page.OutputPath, OutputKind.Page, page.Source?.SourcePath, page.Title));
                    staging?.WriteText(page.OutputPath, html);
                }
                catch (Exception e) when (e is not (TemplateException or IOException or UnauthorizedAccessException))
                {
                    throw new Pipeline.BuildStepException("rendering " + (page.Source?.SourcePath ?? page.OutputPath), e);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<TemplateException>().FirstOrDefault() is { } template)
        {
            throw template;
        }

        foreach (var asset in site.Assets)
        {
            var source = site.Config.ContentDir + "/" + asset.ContentPath;
            if (manifest.Add(new ManifestEntry(asset.ContentPath, OutputKind.Asset, source, null)) is { } clash)
                diagnostics.Report(DiagnosticCodes.DuplicateOutput, SourceLocation.File(source), asset.ContentPath, clash.SourcePath);
            else
                staging?.CopyFile(asset.ContentPath, asset.FullPath);
        }

        foreach (var themeFile in templates.Files.List("assets"))
        {
            if (manifest.Add(new ManifestEntry(themeFile, OutputKind.Asset, templates.Files.DescribeSource(themeFile), null)) is null)
                staging?.WriteBytes(themeFile, templates.Files.ReadBytes(themeFile)!);
        }

        var notFound = liquid.Render("404", views.BuildNotFound(baseUrl));
        manifest.Add(new ManifestEntry("404.html", OutputKind.Generated, null, "Page not found"));
        staging?.WriteText("404.html", notFound);

        var sitemap = SitemapWriter.Write(manifest.Entries, baseUrl);
        manifest.Add(new ManifestEntry("sitemap.xml", OutputKind.Generated, null, null));
        staging?.WriteText("sitemap.xml", sitemap);
    }
}
