using Hotpass.Docs.Check;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Evidence.Check;

/// <summary>The evidence gate, reading the judgements of the model: stale, missing and failing evidence are errors
/// at the control, due evidence a warning, and evidence no control cites a warning at the file.</summary>
internal sealed class EvidenceGateCheck : ISiteCheck
{
    public void Run(SiteModel site, DiagnosticBag diagnostics)
    {
        var evidence = site.Evidence;
        foreach (var judgement in evidence.Judgements)
        {
            if (site.Governance.FindControl(judgement.ControlId) is not { } control) continue;
            var code = judgement.Status switch
            {
                ControlStatus.Stale => DiagnosticCodes.EvidenceStale,
                ControlStatus.Missing => DiagnosticCodes.EvidenceMissing,
                ControlStatus.Failing => DiagnosticCodes.EvidenceFailing,
                ControlStatus.Due => DiagnosticCodes.EvidenceDue,
                _ => null,
            };
            if (code is not null) diagnostics.Report(code, control.Location, control.Id, judgement.Reason);
        }
        foreach (var item in evidence.Items)
            if (evidence.Citing(item).Count == 0)
                diagnostics.Report(DiagnosticCodes.EvidenceUnused, SourceLocation.File(evidence.Settings.Dir + "/" + item.Path), item.Id);
    }
}
