using System.Diagnostics;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>One incremental run's part in the pipeline: it loads pages and evidence through the previous state, decides
/// which pages to render, carries the others' bytes and facts over into the new site, and keeps the next state. The
/// pipeline runs every other stage in full (model, checks, the steps after rendering), so a rebuild differs from a
/// full build only in what it did not redo.</summary>
internal sealed class IncrementalRun(BuildState? previous, TimeProvider clock, SiteFeatures features, StageTimings? timings = null) : IBuildStrategy
{
    // Taken before anything is stamped or read: a file written after it looks racy to the next run, which reads it again.
    private readonly DateTimeOffset _stampedAt = clock.GetUtcNow();
    private PageCache? _pages;
    private LoadedEvidence? _evidence;
    private FileStamp _config = FileStamp.Missing;
    private FileStamp _reviewLock = FileStamp.Missing;
    private FolderStamp _templates = FolderStamp.Empty;
    private FolderStamps _featureInputs = FolderStamps.Empty;
    private BuildInputs? _inputs;

    /// <summary>Where the site is built: carried-over files first, then everything rendered or written by a step.</summary>
    public InMemorySite Writer { get; } = new(previous?.Files.Count ?? 0);

    /// <summary>What the steps after rendering kept in the previous build, and keep in this one.</summary>
    public StepMemos Memos { get; } = new(previous?.StepMemos);

    ISiteWriter? IBuildStrategy.Writer => Writer;

    StepMemos? IBuildStrategy.Memos => Memos;

    /// <summary>The pages to render this run, in model order; null: every page.</summary>
    public IReadOnlyList<Page>? PagesToRender { get; private set; }

    /// <summary>The state for the next run; set once the site is committed.</summary>
    public BuildState? State { get; private set; }

    /// <summary>The instant to judge at: when it comes from <c>now</c>, the previous build's instant while the UTC day is
    /// the same (else every edit would be judged at a new instant, which changes what evidence pages say and so
    /// renders every page); a new day, or any other instant, is taken as it is.</summary>
    public DateTimeOffset PinNow(string? asOfText, DateTimeOffset resolved)
    {
        if (asOfText is not (null or "" or "now")) return resolved;
        return previous?.Inputs is { AsOfIsNow: true } before && before.AsOf.UtcDateTime.Date == resolved.UtcDateTime.Date ? before.AsOf : resolved;
    }

    public void StampInputs(string root, SiteConfig config, string templatesDir)
    {
        _config = FileStamp.Of(Path.Combine(root, SiteConfig.FileName));
        _reviewLock = FileStamp.Of(Path.Combine(root, Model.Review.ReviewLock.FileName));
        _templates = FolderStamp.Of(templatesDir, config.Exclude, config.TemplatesDir + "/");
        _featureInputs = new(features.All.SelectMany(f => f.InputFolders(config))
            .Select(folder => FolderStamp.Of(Path.Combine(root, folder), config.Exclude, folder + "/")));
    }

    public MarkdownContent?[] LoadPages(IReadOnlyList<ContentFile> files, string sourcePrefix, Func<ContentFile, string, DiagnosticBag, MarkdownContent?> read,
        DiagnosticBag diagnostics)
    {
        _pages = new PageCache(previous?.Pages ?? new Dictionary<string, LoadedPage>(), previous?.StampedAt);
        return _pages.Load(files, sourcePrefix, read, diagnostics);
    }

    public IReadOnlyList<EvidenceItem> LoadEvidence(string root, EvidenceSettings settings, InputExclusions excluded, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(root, settings.Dir);
        var stamp = FolderStamp.Of(dir, excluded, settings.Dir + "/");
        if (previous?.Evidence is { } kept && kept.Dir == dir && kept.Stamp.Equals(stamp) && !kept.Stamp.IsRacy(previous.StampedAt))
            _evidence = kept;
        else
        {
            var own = new DiagnosticBag();
            var items = EvidenceStage.Load(root, settings, excluded, own);
            _evidence = new LoadedEvidence(stamp, dir, items, own.Reported);
        }
        foreach (var diagnostic in _evidence.Diagnostics) diagnostics.Add(diagnostic);
        return _evidence.Items;
    }

    /// <summary>Decides what to render: everything on the first run, when an input it cannot scope changed, or when a
    /// feature says a page read again, added or deleted changes what it shows elsewhere (one that feeds the governance
    /// model); else the affected pages.</summary>
    public void Plan(BuildRequest request, DateTimeOffset asOf, string? asOfText, string? commit, SiteModel site)
    {
        var started = Stopwatch.GetTimestamp();
        _inputs = new BuildInputs(request, asOf, asOfText is null or "" or "now", commit, _config, _templates, _evidence!.Stamp, _featureInputs)
        {
            ReviewLock = _reviewLock,
        };
        var featureTouched = _pages!.Changes.Any(c => features.All.Any(f => f.ChangesOtherPages(c.Before?.Content, c.After?.Content)));
        var pages = previous is null || featureTouched || !previous.Inputs.Equals(_inputs) || previous.Inputs.IsRacy(previous.StampedAt)
            ? null
            : AffectedPages.Of(previous.Site, previous.PageOutputs, site);
        PagesToRender = pages is null ? null : [.. site.Pages.Where(pages.Contains)];
        StageTimings.Part(timings, "plan", started);
    }

    /// <summary>Writes every page not rendered this run as the previous build wrote it, with its facts.</summary>
    public void CarryOver(RenderContext context)
    {
        if (PagesToRender is null || previous is null) return;
        var started = Stopwatch.GetTimestamp();
        var rendering = PagesToRender.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var page in context.Site.Pages)
        {
            if (rendering.Contains(page)) continue;
            var file = previous.PageOutputs[page.OutputPath];
            Writer.Carry(page.OutputPath, previous.Files[page.OutputPath]);
            context.Output.Add(file);
        }
        StageTimings.Part(timings, "carry-over", started);
    }

    /// <summary>Keeps what the next run starts from; called once the site is committed.</summary>
    public void Capture(RenderContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var outputs = new Dictionary<string, RenderedFile>(StringComparer.Ordinal);
        foreach (var page in context.Site.Pages)
            if (context.Output.Find(page.OutputPath) is { } file) outputs[page.OutputPath] = file;
        var rendered = (PagesToRender ?? context.Site.Pages).Select(p => p.OutputPath).Order(StringComparer.Ordinal).ToList();
        State = new BuildState(_inputs!, _stampedAt, _pages!.Pages, _evidence!, context.Site, outputs, Writer.Files, rendered, Memos.Kept);
        StageTimings.Part(timings, "state", started);
    }
}
