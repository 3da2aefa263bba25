using Hotpass.Docs.Check;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Check;

/// <summary>The RPN gate: a risk at or above the threshold needs a mitigating control, and at least one of its
/// controls must have evidence.</summary>
/// <param name="hasEvidence">Whether a control has evidence; until the evidence stage supplies matched evidence,
/// a control has evidence when it declares an <c>evidence:</c> list.</param>
internal sealed class RpnGateCheck(Func<SiteModel, Control, bool>? hasEvidence = null) : ISiteCheck
{
    public void Run(SiteModel site, DiagnosticBag diagnostics) =>
        Report(site.Governance, c => hasEvidence?.Invoke(site, c) ?? c.Evidence.Count > 0, diagnostics);

    public static void Report(GovernanceModel model, Func<Control, bool> hasEvidence, DiagnosticBag diagnostics)
    {
        var threshold = model.Settings.RpnThreshold;
        foreach (var risk in model.Risks)
        {
            if (risk.Rpn is not { } rpn || rpn < threshold || risk.Status == RiskStatus.Closed) continue;
            var controls = model.ControlsFor(risk);
            if (controls.Count == 0)
                diagnostics.Report(DiagnosticCodes.RpnGateUnmitigated, risk.Location, risk.Id, rpn, threshold);
            else if (!controls.Any(hasEvidence))
                diagnostics.Report(DiagnosticCodes.RpnGateNoEvidence, risk.Location, risk.Id, rpn, threshold,
                    string.Join(", ", controls.Select(c => c.Id)));
        }
    }
}
