using System.Diagnostics;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Model.Review;
using Hotpass.Docs.Render;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Urls;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Pipeline.Stages;

/// <summary>Builds the one model every later stage and command reads: governance declared, each control and evidence
/// item judged, the site's pages (written and generated) and the outputs they reserve.</summary>
internal sealed class ModelStage(IReadOnlyList<IPostRenderStep> steps, SiteFeatures features) : IBuildStage
{
    public bool Run(BuildRun run)
    {
        var (request, settings, diagnostics, timings) = (run.Request, run.Settings!, run.Diagnostics, run.Timings);
        var (root, config, asOf) = (settings.Root, settings.Config, settings.AsOf!.Value);
        var part = Stopwatch.GetTimestamp();
        var governance = GovernanceStage.Build(root, config, run.Pages, diagnostics);
        part = StageTimings.Part(timings, "governance", part);
        var commit = request.Commit ?? config.Evidence.Commit ?? GitHead.Read(root);
        var review = ReviewState.Of(governance, ReviewLockFile.Read(root, diagnostics));
        // Said once, as a note: a site that never ran review accept has nothing to compare against, and every control
        // suspect would bury the real problems (Doorstop likewise starts tracking at the first clear).
        if (!review.Tracked && governance.Controls.Count + governance.Risks.Count > 0)
            run.Notes.Add($"review is not tracked: no {ReviewLock.FileName}; run hotpass-docs review accept to record the declarations as reviewed");
        var judged = EvidenceStage.Judge(run.Evidence, governance, config.Evidence, asOf, commit, diagnostics, review);
        part = StageTimings.Part(timings, "evidence", part);
        var parts = SiteParts.Of(config, governance, judged);
        var generated = steps.SelectMany(s => s.Outputs).Append(ManifestJson.FileName).Append(SiteStatement.FileName).Append(DiagnosticsJson.FileName)
            .Concat(features.All.SelectMany(f => f.ReservedOutputs(parts)));
        var site = run.Site = SiteModelBuilder.Build(parts, asOf, run.Pages, [.. run.Files.Where(f => !UrlPaths.IsMarkdown(f.ContentPath))],
            generated, diagnostics, [.. features.All.SelectMany(f => f.Pages(parts))]) with { Commit = commit };
        StageTimings.Part(timings, "site", part);
        run.Strategy.Plan(request, asOf, request.AsOf ?? config.AsOf, commit, site);
        timings?.Lap("model");
        return true;
    }
}
