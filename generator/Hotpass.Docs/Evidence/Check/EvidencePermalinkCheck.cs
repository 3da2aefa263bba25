using Hotpass.Docs.Check;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Facts;
using Hotpass.Docs.Load.Evidence.Sidecar;
using Hotpass.Docs.Model;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Evidence.Check;

/// <summary>The link gate's part for where evidence came from: a sidecar's <c>source_url</c> and a CI run file's own
/// URL become links on the evidence page only as absolute https URLs (<see cref="WebAddress"/>); any other is an
/// error at the sidecar key (or the run file) and is shown as text, never linked.</summary>
internal sealed class EvidencePermalinkCheck : ISiteCheck
{
    public void Run(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var item in site.Evidence.Items)
        {
            var file = SourceLocation.File(site.Evidence.Settings.Dir + "/" + item.Path);
            if (item.SourceUrl is { } source && WebAddress.Problem(source) is { } problem)
            {
                var at = item.SourceUrlLocation ?? file;
                var field = at.Path.EndsWith(EvidenceSidecar.Suffix, StringComparison.Ordinal) ? "source_url" : "run URL";
                diagnostics.Report(DiagnosticCodes.EvidenceLinkInvalid, at, item.Id, field, source, problem);
            }
            // A sidecar's source_url replaces the run's URL as the source; the run's own URL is still linked beside it.
            if (item.Facts is CiRunFacts { RunUrl: { } run } && run != item.SourceUrl && WebAddress.Problem(run) is { } runProblem)
                diagnostics.Report(DiagnosticCodes.EvidenceLinkInvalid, file, item.Id, "run URL", run, runProblem);
        }
    }
}
