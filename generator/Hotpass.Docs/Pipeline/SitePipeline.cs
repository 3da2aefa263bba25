using Hotpass.Docs.Check;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Markdown;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Write;
using Markdig;

namespace Hotpass.Docs.Pipeline;

/// <summary>The frozen build pipeline: load → model → check → render → write. Immutable and safe to run repeatedly.</summary>
public sealed class SitePipeline
{
    private readonly MarkdownRenderer _markdown;
    private readonly IReadOnlyList<ISiteCheck> _checks;
    private readonly TimeProvider _clock;

    internal SitePipeline(MarkdownPipeline markdown, IReadOnlyList<ISiteCheck> checks, TimeProvider clock)
    {
        _markdown = new MarkdownRenderer(markdown);
        _checks = checks;
        _clock = clock;
    }

    public static SitePipeline CreateDefault() => new SitePipelineBuilder().Build();

    public BuildResult Run(BuildRequest request)
    {
        var diagnostics = new DiagnosticBag();
        if (RequestCheck.Root(request, diagnostics) is not { } root)
            return Finish(diagnostics, SeverityPolicy.Default, 0, 0, null);

        // load: configuration and the instant freshness is judged at
        var config = SiteConfigReader.Read(root, diagnostics);
        var policy = new SeverityPolicy(config.Severities, request.Strict);
        RequestCheck.ContentDir(root, config, diagnostics);
        var asOf = ResolveAsOf(request, config, root, diagnostics);
        var baseUrl = RequestCheck.BaseUrl(request, config, diagnostics);
        var outDir = OutputFolder.Resolve(root, request.OutDir ?? config.OutDir);
        var contentDir = Path.Combine(root, config.ContentDir);
        var templatesDir = Path.Combine(root, config.TemplatesDir);
        var configFile = SourceLocation.File(SiteConfig.FileName);
        if (request.WriteSite && OutputFolderGuard.Problem(root, outDir, contentDir, templatesDir) is { } problem)
            diagnostics.Report(DiagnosticCodes.OutputUnsafe, configFile, outDir, problem);
        if (asOf is null || HasConfigErrors(diagnostics, policy))
            return Finish(diagnostics, policy, 0, 0, null);
        if (request.WriteSite && !OutputFolder.Prepare(outDir, request.Force || config.OutForce, configFile, diagnostics))
            return Finish(diagnostics, policy, 0, 0, null);

        // load: content
        var files = ContentScanner.Scan(contentDir, config.ContentDir + "/", diagnostics);
        var pageFiles = files.Where(IsMarkdown).ToList();
        var sources = new PageSource?[pageFiles.Count];
        Parallel.For(0, pageFiles.Count, i =>
            sources[i] = PageLoader.Load(pageFiles[i], config.ContentDir + "/" + pageFiles[i].ContentPath, diagnostics));

        // model
        var site = SiteModelBuilder.Build(config, asOf.Value, [.. sources.OfType<PageSource>()], [.. files.Where(f => !IsMarkdown(f))]);

        // check
        foreach (var check in _checks) check.Run(site, diagnostics);

        // render → write
        using var staging = request.WriteSite ? Stage(outDir, diagnostics) : null;
        if (request.WriteSite && staging is null) return Finish(diagnostics, policy, site.Pages.Count, 0, null);
        var manifest = new OutputManifest();
        try
        {
            SiteRenderer.Render(site, _markdown, new TemplateSet(new ThemeFiles(templatesDir, config.TemplatesDir + "/", diagnostics)), manifest, staging,
                baseUrl, diagnostics);
        }
        catch (TemplateException e)
        {
            diagnostics.Report(DiagnosticCodes.TemplateInvalid, SourceLocation.File(config.TemplatesDir), e.Message);
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(SiteConfig.FileName), Unwrap(e).Message);
        }

        var result = Finish(diagnostics, policy, site.Pages.Count, manifest.Entries.Count, request.WriteSite ? outDir : null);
        if (result.ExitCode != 0 || staging is null) return result;
        try
        {
            staging.Commit();
            if (staging.OldSiteLeftBehind is not { } left) return result;
            diagnostics.Report(DiagnosticCodes.OldSiteNotDeleted, configFile, left.Folder, left.Reason);
            return Finish(diagnostics, policy, site.Pages.Count, manifest.Entries.Count, outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(SiteConfig.FileName), e.Message);
            return Finish(diagnostics, policy, site.Pages.Count, manifest.Entries.Count, null);
        }
    }

    private DateTimeOffset? ResolveAsOf(BuildRequest request, SiteConfig config, string root, DiagnosticBag diagnostics)
    {
        var asOf = AsOfResolver.Resolve(request.AsOf ?? config.AsOf, root, _clock, out var error);
        if (error is not null)
        {
            var where = request.AsOf is null ? SiteConfig.FileName : "(command line)";
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, SourceLocation.File(where), request.AsOf is null ? "as_of" : "--as-of", error);
        }
        return asOf;
    }

    private static StagingSite? Stage(string outDir, DiagnosticBag diagnostics)
    {
        try
        {
            return new StagingSite(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(SiteConfig.FileName), e.Message);
            return null;
        }
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;

    private static bool IsMarkdown(ContentFile file) => file.ContentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static bool HasConfigErrors(DiagnosticBag diagnostics, SeverityPolicy policy) =>
        diagnostics.ToSortedList(policy).Any(IsConfigError);

    private static bool IsConfigError(Diagnostic d) =>
        d.Severity == Severity.Error && d.Descriptor.ExitClass == ExitClass.Configuration;

    private static BuildResult Finish(DiagnosticBag diagnostics, SeverityPolicy policy, int pages, int outputs, string? outDir)
    {
        var list = diagnostics.ToSortedList(policy);
        var exit = list.Any(IsConfigError) ? 2 : list.Any(d => d.Severity == Severity.Error) ? 1 : 0;
        return new BuildResult(list, exit, pages, outputs, exit == 0 ? outDir : null);
    }
}
