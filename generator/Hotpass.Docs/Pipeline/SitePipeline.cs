using System.Diagnostics;
using Hotpass.Docs.Check;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Config;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Pipeline.Incremental;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Urls;
using Hotpass.Docs.Write;
using Markdig;

namespace Hotpass.Docs.Pipeline;

/// <summary>The frozen build pipeline: load → model → check → render → write. Immutable and safe to run repeatedly.</summary>
public sealed class SitePipeline
{
    private readonly PageDocumentReader _documents;
    private readonly IReadOnlyList<ISiteCheck> _checks;
    private readonly IReadOnlyList<IPostRenderStep> _steps;
    private readonly SiteFeatures _features;
    private readonly TimeProvider _clock;

    internal SitePipeline(MarkdownPipeline markdown, IReadOnlyList<ISiteCheck> checks, IReadOnlyList<IPostRenderStep> steps, SiteFeatures features,
        TimeProvider clock)
    {
        _documents = new PageDocumentReader(new MarkdownRenderer(markdown));
        _checks = checks;
        _steps = steps;
        _features = features;
        _clock = clock;
    }

    public static SitePipeline CreateDefault() => new SitePipelineBuilder().Build();

    /// <summary>Runs the pipeline, writing to the staging folder beside the output (<c>build</c>), nowhere (<c>check</c>),
    /// or into <paramref name="writer"/> (in memory, say), which is committed only when every gate passed;
    /// <paramref name="timings"/>, when given, gets a stopwatch reading per stage.</summary>
    public BuildResult Run(BuildRequest request, ISiteWriter? writer = null, StageTimings? timings = null)
    {
        var facts = new RunFacts();
        return RunStages(request, writer, facts, timings, null) with { HadPreviousSite = facts.HadPreviousSite, Notes = facts.Notes };
    }

    /// <summary>Builds into memory starting from <paramref name="previous"/> (the state of the last build that passed):
    /// only changed files are read and only the pages they can change are rendered; the rest is carried over, and
    /// every check and step after rendering runs in full, so the site is the same bytes a full build makes.</summary>
    public IncrementalBuild RunIncremental(BuildRequest request, BuildState? previous, StageTimings? timings = null)
    {
        var facts = new RunFacts();
        var run = new IncrementalRun(previous, _clock, _features);
        var result = RunStages(request, run.Writer, facts, timings, run) with { Notes = facts.Notes };
        return new IncrementalBuild(result, result.ExitCode == 0 ? run.State : null);
    }

    /// <summary>Runs the load, model and check stages alone, exactly as a build runs them, and returns the one model
    /// every later stage reads: <c>matrix</c> prints from it, and tests read it, so no command builds its own.</summary>
    public ModelResult LoadModel(BuildRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var settings = ReadSettings(request, diagnostics, null);
        var site = settings.CanLoad(diagnostics) ? BuildModel(request, settings, diagnostics, null, null) : null;
        if (site is not null) RunChecks(site, diagnostics, null);
        var result = Finish(diagnostics, settings.Policy, site?.Pages.Count ?? 0, 0, null);
        return new ModelResult(site, result.Diagnostics, result.ExitCode);
    }

    private BuildResult RunStages(BuildRequest request, ISiteWriter? writer, RunFacts facts, StageTimings? timings, IncrementalRun? incremental)
    {
        var diagnostics = new DiagnosticBag();
        var settings = ReadSettings(request, diagnostics, incremental);
        var (root, config, policy, baseUrl) = (settings.Root, settings.Config, settings.Policy, settings.BaseUrl);
        var outDir = OutputFolder.Resolve(root, request.OutDir ?? config.OutDir);
        var templatesDir = Path.Combine(root, config.TemplatesDir);
        var configFile = SourceLocation.File(SiteConfig.FileName);
        facts.HadPreviousSite = request.WriteSite && writer is null && settings.RootFound && Directory.Exists(outDir);
        if (request.WriteSite && writer is null && settings.RootFound
            && OutputFolderGuard.Problem(root, outDir, Path.Combine(root, config.ContentDir), templatesDir) is { } problem)
            diagnostics.Report(DiagnosticCodes.OutputUnsafe, configFile, outDir, problem);
        if (!settings.CanLoad(diagnostics))
            return Finish(diagnostics, policy, 0, 0, null);
        if (request.WriteSite && writer is null && !OutputFolder.Prepare(outDir, request.Force || config.OutForce, configFile, diagnostics))
            return Finish(diagnostics, policy, 0, 0, null);

        var site = BuildModel(request, settings, diagnostics, timings, incremental);

        RunChecks(site, diagnostics, timings);

        // render → steps after rendering → manifest → commit
        if (request.WriteSite && writer is null && SitemapWriter.AbsoluteBase(baseUrl) is null)
            facts.Notes.Add("no sitemap.xml: its URLs must be absolute, so it needs an absolute base_url (or --base-url)");
        using var output = writer ?? (request.WriteSite ? Stage(outDir, diagnostics) : new DiscardingSiteWriter());
        if (output is null) return Finish(diagnostics, policy, site.Pages.Count, 0, null);
        timings?.Lap("stage");
        var part = Stopwatch.GetTimestamp();
        var prepared = _steps.OfType<IPreparedStep>().ToDictionary(s => (IPostRenderStep)s, s => s.Prepare(site, incremental?.Memos));
        var context = new RenderContext(site, new TemplateSet(new ThemeFiles(templatesDir, config.TemplatesDir + "/", diagnostics, config.Exclude), _features), output, baseUrl, diagnostics, request.Preview)
        {
            Root = root,
            Clock = _clock,
            CheckExternal = request.CheckExternal,
            Timings = timings,
            Memos = incremental?.Memos,
            Prepared = prepared,
        };
        try
        {
            part = Part(timings, "context", part);
            if (incremental is not null)
            {
                incremental.CarryOver(context);
                Part(timings, "carry-over", part);
            }
            SiteRenderer.Render(context, incremental?.PagesToRender);
            foreach (var step in _steps)
            {
                step.Run(context);
                timings?.Lap(StageTimings.StepName(step));
            }
            if (request.WriteSite)
            {
                part = Stopwatch.GetTimestamp();
                context.WriteText(DiagnosticsJson.FileName, OutputKind.Generated, DiagnosticsJson.Text(diagnostics.ToSortedList(policy)), null, null);
                output.Write(ManifestJson.FileName, OutputKind.Generated, ManifestJson.Write(context.Output.Files.Select(f => f.File), context.Memos));
                Part(timings, "manifest", part);
            }
        }
        catch (TemplateException e)
        {
            diagnostics.Report(DiagnosticCodes.TemplateInvalid, e.Location, e.Problem);
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(SiteConfig.FileName), Unwrap(e).Message);
        }

        var outputs = context.Output.Count + (request.WriteSite ? 1 : 0);
        var shownDir = writer is null && request.WriteSite ? outDir : null;
        var result = Finish(diagnostics, policy, site.Pages.Count, outputs, shownDir);
        if (result.ExitCode != 0 || !request.WriteSite) return result;
        try
        {
            part = Stopwatch.GetTimestamp();
            output.Commit();
            part = Part(timings, "swap", part);
            if (incremental is not null)
            {
                incremental.Capture(context);
                Part(timings, "state", part);
            }
            timings?.Lap("commit");
            if ((output as StagingSiteWriter)?.Staging.OldSiteLeftBehind is not { } left) return result;
            diagnostics.Report(DiagnosticCodes.OldSiteNotDeleted, configFile, left.Folder, left.Reason);
            return Finish(diagnostics, policy, site.Pages.Count, outputs, outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(SiteConfig.FileName), e.Message);
            return Finish(diagnostics, policy, site.Pages.Count, outputs, null);
        }
    }

    /// <summary>The load stage (configuration and the instant freshness is judged at); a run goes on to the content
    /// only when <see cref="RunSettings.CanLoad"/>.</summary>
    private RunSettings ReadSettings(BuildRequest request, DiagnosticBag diagnostics, IncrementalRun? incremental)
    {
        if (RequestCheck.Root(request, diagnostics) is not { } root)
            return new RunSettings(Path.GetFullPath(request.Root), new SiteConfig(), SeverityPolicy.Default, null, null, RootFound: false);
        var config = SiteConfigReader.Read(root, diagnostics);
        var policy = new SeverityPolicy(config.Severities, request.Strict);
        RequestCheck.ContentDir(root, config, diagnostics);
        var asOf = ResolveAsOf(request, config, root, diagnostics);
        if (incremental is not null && asOf is not null) asOf = incremental.PinNow(request.AsOf ?? config.AsOf, asOf.Value);
        var baseUrl = RequestCheck.BaseUrl(request, config, diagnostics);
        return new RunSettings(root, config, policy, asOf, baseUrl, RootFound: true);
    }

    /// <summary>The load stage's content and the model stage: pages parsed once, evidence read, governance declared,
    /// each control judged, the site model built. Every command that needs the model gets it from here.</summary>
    private SiteModel BuildModel(BuildRequest request, RunSettings settings, DiagnosticBag diagnostics, StageTimings? timings, IncrementalRun? incremental)
    {
        var (root, config, asOf) = (settings.Root, settings.Config, settings.AsOf!.Value);
        var part = Stopwatch.GetTimestamp();
        incremental?.StampInputs(root, config, Path.Combine(root, config.TemplatesDir));
        var files = ContentScanner.Scan(Path.Combine(root, config.ContentDir), config.ContentDir + "/", diagnostics, config.Exclude);
        part = Part(timings, "scan", part);
        var pageFiles = files.Where(IsMarkdown).ToList();
        MarkdownContent?[] sources;
        if (incremental is null)
        {
            sources = new MarkdownContent?[pageFiles.Count];
            Parallel.For(0, pageFiles.Count, CoreBound.Options, i => sources[i] = ReadPage(pageFiles[i], config.ContentDir + "/" + pageFiles[i].ContentPath, diagnostics));
        }
        else
        {
            sources = incremental.LoadPages(pageFiles, config.ContentDir + "/", ReadPage, diagnostics);
        }
        part = Part(timings, "pages", part);
        var evidence = incremental is null ? EvidenceStage.Load(root, config.Evidence, config.Exclude, diagnostics) : incremental.LoadEvidence(root, config.Evidence, config.Exclude, diagnostics);
        Part(timings, "evidence", part);
        timings?.Lap("load");

        var generated = _steps.SelectMany(s => s.Outputs).Append(ManifestJson.FileName).Append(DiagnosticsJson.FileName);
        MarkdownContent[] loaded = [.. sources.OfType<MarkdownContent>()];
        part = Stopwatch.GetTimestamp();
        var governance = GovernanceStage.Build(root, config, loaded, diagnostics);
        part = Part(timings, "governance", part);
        var commit = request.Commit ?? config.Evidence.Commit ?? GitHead.Read(root);
        var judged = EvidenceStage.Judge(evidence, governance, config.Evidence, asOf, commit, diagnostics);
        part = Part(timings, "evidence", part);
        var parts = SiteParts.Of(config, governance, judged);
        var site = SiteModelBuilder.Build(parts, asOf, loaded, [.. files.Where(f => !IsMarkdown(f))],
            generated.Concat(_features.All.SelectMany(f => f.ReservedOutputs(parts))), diagnostics, [.. _features.All.SelectMany(f => f.Pages(parts))]);
        part = Part(timings, "site", part);
        if (incremental is not null)
        {
            incremental.Plan(request, asOf, request.AsOf ?? config.AsOf, commit, site);
            Part(timings, "plan", part);
        }
        timings?.Lap("model");
        return site;
    }

    /// <summary>The check stage: every gate over the model.</summary>
    private void RunChecks(SiteModel site, DiagnosticBag diagnostics, StageTimings? timings)
    {
        foreach (var check in _checks) check.Run(site, diagnostics);
        timings?.Lap("check");
    }

    /// <summary>Adds the time since <paramref name="start"/> to a part of the running stage; returns now, where the next part starts.</summary>
    private static long Part(StageTimings? timings, string name, long start)
    {
        timings?.AddPart(name, start);
        return Stopwatch.GetTimestamp();
    }

    private MarkdownContent? ReadPage(ContentFile file, string path, DiagnosticBag diagnostics)
    {
        try
        {
            var source = PageLoader.Load(file, path, diagnostics);
            // The document holds all the body says; dropping the text keeps memory to one copy per page.
            return source is null ? null : new MarkdownContent(source with { Body = "" }, _documents.Read(source, diagnostics));
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException))
        {
            throw new BuildStepException("reading " + path, e);
        }
    }

    /// <summary>What the settings part of the load stage read: the run goes on only with an instant and no
    /// configuration error.</summary>
    private sealed record RunSettings(string Root, SiteConfig Config, SeverityPolicy Policy, DateTimeOffset? AsOf, string? BaseUrl, bool RootFound)
    {
        public bool CanLoad(DiagnosticBag diagnostics) => RootFound && AsOf is not null && !HasConfigErrors(diagnostics, Policy);
    }

    /// <summary>What a run learns on the way that the summary reports besides diagnostics.</summary>
    private sealed class RunFacts
    {
        public bool HadPreviousSite { get; set; }

        public List<string> Notes { get; } = [];
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

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;

    private static bool IsMarkdown(ContentFile file) => UrlPaths.IsMarkdown(file.ContentPath);

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
