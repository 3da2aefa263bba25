using System.Diagnostics;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Replaces the previous site with the new one only when every gate passed; a failed run leaves it as it was.
/// The strategy then keeps what the next run starts from.</summary>
internal sealed class CommitStage : IBuildStage
{
    public bool Run(BuildRun run)
    {
        if (!run.Request.WriteSite || run.Result().ExitCode != 0) return false;
        var (diagnostics, timings) = (run.Diagnostics, run.Timings);
        var configFile = SourceLocation.File(SiteConfig.FileName);
        try
        {
            var part = Stopwatch.GetTimestamp();
            run.Output!.Commit();
            StageTimings.Part(timings, "swap", part);
            run.Strategy.Capture(run.Context!);
            timings?.Lap("commit");
            if ((run.Output as StagingSiteWriter)?.Staging.OldSiteLeftBehind is { } left)
                diagnostics.Report(DiagnosticCodes.OldSiteNotDeleted, configFile, left.Folder, left.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.OutputWriteFailed, configFile, e.Message);
            run.CommitFailed = true;
        }
        return true;
    }
}
