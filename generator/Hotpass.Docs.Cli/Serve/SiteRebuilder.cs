using System.Diagnostics;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Pipeline.Incremental;

namespace Hotpass.Docs.Cli.Serve;

/// <summary>Rebuilds the site into memory with one frozen pipeline, one build at a time, and swaps the served
/// snapshot only when a build passes every gate; a failed build leaves the last good site served and publishes its
/// errors instead. Each rebuild starts from the last good build's state, so it reads only the files that changed and
/// renders only the pages they can change.</summary>
/// <param name="timings">Time each rebuild's stages (<c>serve --timings</c>).</param>
public sealed class SiteRebuilder(SitePipeline pipeline, BuildRequest request, ServeEvents events, bool timings = false)
{
    private readonly Lock _building = new();
    private ServedSite? _current;
    private BuildOutcome? _last;
    private BuildState? _state;

    /// <summary>The site being served; null until the first build passes.</summary>
    public ServedSite? Current => Volatile.Read(ref _current);

    /// <summary>The last build's outcome, for a tab that connects after it.</summary>
    public BuildOutcome? Last => Volatile.Read(ref _last);

    public BuildOutcome Rebuild()
    {
        lock (_building)
        {
            var clock = Stopwatch.StartNew();
            var stages = timings ? new StageTimings() : null;
            var (result, state) = pipeline.RunIncremental(request, _state, stages);
            var previous = Current;
            var succeeded = state is not null;
            if (state is not null)
            {
                _state = state;
                Volatile.Write(ref _current, new ServedSite(state.Files, (previous?.Generation ?? 0) + 1));
            }
            var outcome = new BuildOutcome(Current?.Generation ?? 0, result.ExitCode, result.Diagnostics, clock.Elapsed)
            {
                RenderedPages = state is null ? null : (state.RenderedPages.Count, result.PageCount),
                Timings = stages,
            };
            Volatile.Write(ref _last, outcome);
            events.Publish(succeeded ? LiveEventText.Reload(outcome.Generation) : LiveEventText.Errors(outcome.Generation, result.Diagnostics));
            return outcome;
        }
    }
}
