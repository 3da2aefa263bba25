using Hotpass.Docs.Check;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Governance.Check;

/// <summary>Reports every risk, control, framework or requirement that a declaration or a page names but nothing
/// declares, with the nearest known id when one is close.</summary>
internal sealed class GovernanceReferenceCheck : ISiteCheck
{
    public void Run(SiteModel site, DiagnosticBag diagnostics) => Report(site.Governance, diagnostics);

    public static void Report(GovernanceModel model, DiagnosticBag diagnostics)
    {
        var riskIds = model.Risks.Select(r => r.Id).ToList();
        var controlIds = model.Controls.Select(c => c.Id).ToList();
        foreach (var risk in model.Risks)
            foreach (var reference in risk.MitigatedBy)
                if (model.FindControl(reference.Id) is null)
                    Unknown($"Risk '{risk.Id}'", "control", reference, controlIds, diagnostics);
        foreach (var control in model.Controls)
        {
            foreach (var reference in control.Mitigates)
                if (model.FindRisk(reference.Id) is null)
                    Unknown($"Control '{control.Id}'", "risk", reference, riskIds, diagnostics);
            foreach (var requirement in control.Satisfies) CheckRequirement(model, control, requirement, diagnostics);
        }
        foreach (var documented in model.DocumentedBy)
            if (model.FindControl(documented.Control.Id) is null)
                Unknown("Page", "control", documented.Control, controlIds, diagnostics);
    }

    private static void Unknown(string subject, string noun, IdReference reference, List<string> known, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCodes.GovernanceUnknownReference, reference.Location, subject, noun, reference.Id,
            Hint(reference.Id, known, 2));

    private static void CheckRequirement(GovernanceModel model, Control control, RequirementReference reference, DiagnosticBag diagnostics)
    {
        var framework = model.FindFramework(reference.Framework);
        if (framework is null)
        {
            diagnostics.Report(DiagnosticCodes.FrameworkUnknown, reference.Location, control.Id, reference.Key, reference.Framework,
                Hint(reference.Framework, model.Frameworks.Select(f => f.Id), 3));
            return;
        }
        if (framework.Find(reference.Requirement) is null)
            diagnostics.Report(DiagnosticCodes.RequirementUnknown, reference.Location, control.Id, reference.Key, framework.Id, reference.Requirement,
                Hint(reference.Requirement, framework.Requirements.Select(r => r.Id), 2));
    }

    /// <summary>"; did you mean 'X'?" for the nearest candidate, trying an exact match ignoring case first.</summary>
    private static string Hint(string name, IEnumerable<string> candidates, int maxDistance)
    {
        var list = candidates.ToList();
        var nearest = list.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
            ?? NearestName.Find(name, list, maxDistance);
        return nearest is null ? "" : $"; did you mean '{nearest}'?";
    }
}
