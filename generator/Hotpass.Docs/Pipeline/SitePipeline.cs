using Hotpass.Docs.Check;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Pipeline.Incremental;
using Hotpass.Docs.Pipeline.Stages;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Write;
using Markdig;

namespace Hotpass.Docs.Pipeline;

/// <summary>The frozen build pipeline: load → model → check → render → write, as stage objects run in order on one
/// run. A full build and an incremental one run the same stages; only their <see cref="IBuildStrategy"/> differs.
/// Immutable and safe to run repeatedly.</summary>
public sealed class SitePipeline
{
    private readonly IReadOnlyList<IBuildStage> _toModel;
    private readonly IReadOnlyList<IBuildStage> _all;
    private readonly SiteFeatures _features;
    private readonly TimeProvider _clock;

    internal SitePipeline(MarkdownPipeline markdown, IReadOnlyList<ISiteCheck> checks, IReadOnlyList<IPostRenderStep> steps, SiteFeatures features,
        TimeProvider clock)
    {
        _features = features;
        _clock = clock;
        _toModel =
        [
            new SettingsStage(clock),
            new OutputFolderStage(),
            new LoadStage(new PageDocumentReader(new MarkdownRenderer(markdown))),
            new ModelStage(steps, features),
            new CheckStage(checks),
        ];
        _all = [.. _toModel, new RenderStage(steps, features, clock), new StepsStage(steps), new ManifestStage(), new CommitStage()];
    }

    public static SitePipeline CreateDefault() => new SitePipelineBuilder().Build();

    /// <summary>Runs the pipeline, writing to the staging folder beside the output (<c>build</c>), nowhere (<c>check</c>),
    /// or into <paramref name="writer"/> (in memory, say), which is committed only when every gate passed;
    /// <paramref name="timings"/>, when given, gets a stopwatch reading per stage.</summary>
    public BuildResult Run(BuildRequest request, ISiteWriter? writer = null, StageTimings? timings = null)
    {
        using var run = new BuildRun(request, FullBuild.Instance, writer, timings);
        return Execute(run, _all);
    }

    /// <summary>Builds into memory starting from <paramref name="previous"/> (the state of the last build that passed):
    /// only changed files are read and only the pages they can change are rendered; the rest is carried over, and
    /// every check and step after rendering runs in full, so the site is the same bytes a full build makes.</summary>
    public IncrementalBuild RunIncremental(BuildRequest request, BuildState? previous, StageTimings? timings = null)
    {
        var strategy = new IncrementalRun(previous, _clock, _features, timings);
        using var run = new BuildRun(request, strategy, null, timings);
        var result = Execute(run, _all);
        return new IncrementalBuild(result, result.ExitCode == 0 ? strategy.State : null);
    }

    /// <summary>Runs the load, model and check stages alone, exactly as a build runs them, and returns the one model
    /// every later stage reads: <c>matrix</c> prints from it, and tests read it, so no command builds its own.</summary>
    public ModelResult LoadModel(BuildRequest request)
    {
        using var run = new BuildRun(request with { WriteSite = false }, FullBuild.Instance, null, null);
        var result = Execute(run, _toModel);
        return new ModelResult(run.Site, result.Diagnostics, result.ExitCode);
    }

    private static BuildResult Execute(BuildRun run, IReadOnlyList<IBuildStage> stages)
    {
        foreach (var stage in stages)
            if (!stage.Run(run)) break;
        return run.Result();
    }
}
