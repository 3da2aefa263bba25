using System.Diagnostics;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Opens where the site is written, starts the steps that prepare while pages render, and renders the pages
/// the strategy asks for (every page in a full build), carrying the others over.</summary>
internal sealed class RenderStage(IReadOnlyList<IPostRenderStep> steps, SiteFeatures features, TimeProvider clock) : IBuildStage
{
    public bool Run(BuildRun run)
    {
        var (request, settings, site, timings) = (run.Request, run.Settings!, run.Site!, run.Timings);
        if (run.WritesOutputFolder && SitemapWriter.AbsoluteBase(settings.BaseUrl) is null)
            run.Notes.Add("no sitemap.xml: its URLs must be absolute, so it needs an absolute base_url (or --base-url)");
        var output = run.Output = run.GivenWriter ?? (request.WriteSite ? Stage(run.OutDir!, run.Diagnostics) : new DiscardingSiteWriter());
        if (output is null) return false;
        timings?.Lap("stage");
        var part = Stopwatch.GetTimestamp();
        var memos = run.Strategy.Memos;
        var prepared = steps.OfType<IPreparedStep>().ToDictionary(s => (IPostRenderStep)s, s => s.Prepare(site, features, memos));
        var templatesDir = Path.Combine(settings.Root, settings.Config.TemplatesDir);
        var templates = new TemplateSet(new ThemeFiles(templatesDir, settings.Config.TemplatesDir + "/", run.Diagnostics, settings.Config.Exclude), features);
        var context = run.Context = new RenderContext(site, templates, output, settings.BaseUrl, run.Diagnostics, request.Preview)
        {
            Root = settings.Root,
            Clock = clock,
            CheckExternal = request.CheckExternal,
            Timings = timings,
            Memos = memos,
            Prepared = prepared,
        };
        return OutputFailures.Run(run, () =>
        {
            StageTimings.Part(timings, "context", part);
            run.Strategy.CarryOver(context);
            SiteRenderer.Render(context, run.Strategy.PagesToRender);
        });
    }

    private static StagingSiteWriter? Stage(string outDir, DiagnosticBag diagnostics)
    {
        try
        {
            return new StagingSiteWriter(new StagingSite(outDir));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(SiteConfig.FileName), e.Message);
            return null;
        }
    }
}
