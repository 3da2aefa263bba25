using Hotpass.Docs.Check;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Runs every gate over the model: the site's own, then the features'.</summary>
internal sealed class CheckStage(IReadOnlyList<ISiteCheck> checks) : IBuildStage
{
    public bool Run(BuildRun run)
    {
        foreach (var check in checks) check.Run(run.Site!, run.Diagnostics);
        run.Timings?.Lap("check");
        return true;
    }
}
