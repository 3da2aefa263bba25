namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>One stage of the pipeline, run in order on a <see cref="BuildRun"/>.</summary>
internal interface IBuildStage
{
    /// <summary>Does this stage's part of the run.</summary>
    /// <returns>Whether the stages after it run.</returns>
    bool Run(BuildRun run);
}
