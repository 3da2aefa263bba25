using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Render;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Runs the steps after rendering in order (the features' first, the link gates last, so they see every link).</summary>
internal sealed class StepsStage(IReadOnlyList<IPostRenderStep> steps) : IBuildStage
{
    public bool Run(BuildRun run) => OutputFailures.Run(run, () =>
    {
        foreach (var step in steps)
        {
            step.Run(run.Context!);
            run.Timings?.Lap(StageTimings.StepName(step));
        }
    });
}
