using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Makes sure the output folder can be replaced (it is the tool's own, or <c>--force</c>) before anything is
/// read, so a run that cannot write says so at once.</summary>
internal sealed class OutputFolderStage : IBuildStage
{
    public bool Run(BuildRun run)
    {
        if (!run.WritesOutputFolder) return true;
        var force = run.Request.Force || run.Settings!.Config.OutForce;
        return OutputFolder.Prepare(run.OutDir!, force, OutputBlame.Of(run.Request, run.Settings!.Root, run.Settings.Config), run.Diagnostics);
    }
}
