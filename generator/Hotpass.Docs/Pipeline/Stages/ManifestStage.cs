using System.Diagnostics;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Writes what the site says of itself last, once every other file is known: <c>diagnostics.json</c> and
/// <c>manifest.json</c> (every file with its hash).</summary>
internal sealed class ManifestStage : IBuildStage
{
    public bool Run(BuildRun run)
    {
        if (!run.Request.WriteSite) return true;
        var context = run.Context!;
        return OutputFailures.Run(run, () =>
        {
            var part = Stopwatch.GetTimestamp();
            context.WriteText(DiagnosticsJson.FileName, OutputKind.Generated, DiagnosticsJson.Text(run.Diagnostics.ToSortedList(run.Policy)), null, null);
            run.Output!.Write(ManifestJson.FileName, OutputKind.Generated, ManifestJson.Write(context.Output.Files.Select(f => f.File), context.Memos));
            StageTimings.Part(run.Timings, "manifest", part);
        });
    }
}
