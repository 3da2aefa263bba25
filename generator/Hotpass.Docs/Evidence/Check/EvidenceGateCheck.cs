using Hotpass.Docs.Check;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Evidence.Check;

/// <summary>The evidence gate, reading the judgements of the model: stale, missing and failing evidence (and a lacking
/// required kind) are errors at the control, due evidence and a waived control warnings, and evidence no control cites a warning at the file.</summary>
internal sealed class EvidenceGateCheck : ISiteCheck
{
    public void Run(SiteModel site, DiagnosticBag diagnostics)
    {
        var evidence = site.Evidence;
        foreach (var judgement in evidence.Judgements)
        {
            if (site.Governance.FindControl(judgement.ControlId) is not { } control) continue;
            if (judgement.Suspect is { } suspect) diagnostics.Report(DiagnosticCodes.ControlSuspect, control.Location, control.Id, suspect);
            if (judgement.Status == ControlStatus.Waived && judgement.Waiver is { } waiver)
            {
                diagnostics.Report(DiagnosticCodes.ControlWaived, control.Location, control.Id, Timestamps.Reading(waiver.Expires), judgement.Reason);
                continue;
            }
            // A lacking kind is named on its own; other reasons for failing (broken expect conditions) still are HPD452.
            foreach (var kind in judgement.MissingKinds)
                diagnostics.Report(DiagnosticCodes.RequiredKindMissing, control.Location, control.Id, kind);
            var code = judgement.Earned switch
            {
                ControlStatus.Stale => DiagnosticCodes.EvidenceStale,
                ControlStatus.Missing => DiagnosticCodes.EvidenceMissing,
                ControlStatus.Failing when judgement.MissingKinds.Count == 0 || judgement.ExpectBroken => DiagnosticCodes.EvidenceFailing,
                ControlStatus.Due => DiagnosticCodes.EvidenceDue,
                _ => null,
            };
            if (code is not null) diagnostics.Report(code, control.Location, control.Id, judgement.Reason);
        }
        foreach (var risk in site.Governance.Risks)
            if (evidence.Review.SuspectReason(risk) is { } why) diagnostics.Report(DiagnosticCodes.RiskSuspect, risk.Location, risk.Id, why);
        foreach (var waiver in site.Governance.Waivers.Where(w => w.StateAt(site.AsOf) == WaiverState.Expired))
            diagnostics.Report(DiagnosticCodes.WaiverExpired, waiver.Location, waiver.Target, Timestamps.Reading(waiver.Expires));
        foreach (var item in evidence.Items)
            if (evidence.Citing(item).Count == 0)
                diagnostics.Report(DiagnosticCodes.EvidenceUnused, SourceLocation.File(evidence.Settings.Dir + "/" + item.Path), item.Id);
    }
}
