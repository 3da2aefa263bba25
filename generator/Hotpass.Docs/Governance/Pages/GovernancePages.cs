using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Governance.Frameworks;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.Pages;

/// <summary>The pages made from the governance model: the register, the matrix and (when there are any) the waivers,
/// listed in their section, and a page
/// per risk, control and framework requirement the matrix lists. A site without risks or controls gets none.</summary>
internal static class GovernancePages
{
    public const string RiskLayout = "risk";
    public const string ControlLayout = "control";
    public const string RequirementLayout = "requirement";
    public const string RegisterLayout = "risk-register";
    public const string MatrixLayout = "matrix";
    public const string WaiversLayout = "waivers";

    public static IReadOnlyList<GeneratedPage> Build(GovernanceModel model, TraceabilityMatrix matrix)
    {
        if (model.Risks.Count == 0 && model.Controls.Count == 0) return [];
        var paths = new GovernancePaths(model.Settings.PagesFolder);
        var section = SectionOf(paths.Folder);
        // Where a clash over a register, matrix or requirement path is reported: the key that moved the pages when
        // hotpass-docs.yml did, else the first declaration, which is what made the build generate them (blaming a
        // configuration file that may not exist, or does not mention governance, told the author nothing).
        var settings = model.Settings.PagesFolder != GovernanceSettings.DefaultPagesFolder
            ? SourceLocation.File(SiteConfig.FileName)
            : model.Risks.Select(r => r.Location).Concat(model.Controls.Select(c => c.Location)).First();
        var pages = new List<GeneratedPage>
        {
            new(Make(paths.Register, "Risk register by RPN", "Every risk by RPN, with the severity × occurrence heat map.", section,
                RegisterLayout, new RegisterContent()), "the risk register", settings),
            new(Make(paths.Matrix, "Traceability matrix", "Framework requirement → control → risks → evidence → status, with coverage per framework.",
                section, MatrixLayout, new MatrixContent()), "the traceability matrix", settings),
        };
        if (model.Waivers.Count > 0)
            pages.Add(new(Make(paths.Waivers, "Waivers", "Every waiver: the control or condition it covers, why, who owns and approved it, and until when.",
                section, WaiversLayout, new WaiversContent()), "the waivers page", settings));
        foreach (var risk in model.Risks)
            pages.Add(new(Make(paths.Risk(risk), risk.Id + ": " + risk.Title, risk.Effect, section, RiskLayout, new RiskContent(risk)),
                $"risk {risk.Id} ({risk.Page})", risk.Location));
        foreach (var control in model.Controls)
            pages.Add(new(Make(paths.Control(control), control.Id + ": " + control.Title, null, section, ControlLayout, new ControlContent(control)),
                $"control {control.Id} ({control.Page})", control.Location));
        foreach (var requirement in matrix.Rows.Select(r => r.Requirement).OfType<FrameworkRequirement>().Distinct())
        {
            var framework = model.FindFramework(requirement.Framework)!;
            pages.Add(new(Make(paths.Requirement(requirement), requirement.Key + ": " + requirement.Title, framework.Title, section,
                RequirementLayout, new RequirementContent(framework, requirement)), $"requirement {requirement.Key} ({framework.Source})", settings));
        }
        return pages;
    }

    private static Page Make(string path, string title, string? summary, string section, string layout, PageContent content) =>
        new(path, title, summary, null, section, layout, content, ReviewStatus.None);

    private static string SectionOf(string folder)
    {
        var slash = folder.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? folder : folder[..slash];
    }
}
