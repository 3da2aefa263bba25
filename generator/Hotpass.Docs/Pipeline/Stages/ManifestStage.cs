using System.Diagnostics;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance.Matrix;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Writes what the site says of itself last, once every other file is known: <c>diagnostics.json</c> and
/// <c>manifest.json</c> (every file with its hash), then the statement whose subjects are all of them.</summary>
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
            var files = context.Output.Files.Select(f => f.File).ToList();
            var manifest = run.Output!.Write(ManifestJson.FileName, OutputKind.Generated, ManifestJson.Write(files, context.Memos));
            var site = run.Site!;
            run.Output.Write(SiteStatement.FileName, OutputKind.Generated, SiteStatement.Write(
                files.Append(manifest).Select(f => (f.OutputPath, f.Sha256)), site.Commit, site.AsOf,
                site.Governance.Controls.Select(c => (c.Id, MatrixText.Status(site.Evidence.For(c).Status)))));
            StageTimings.Part(run.Timings, "manifest", part);
        });
    }
}
