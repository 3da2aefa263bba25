using Hotpass.Docs.Render.Features;

namespace Hotpass.Docs.Governance.Views;

/// <summary>What each governance page shows, in words and by the sections its layout writes (<c>templates/layouts/risk.liquid</c>
/// and the others), read from the same view records: search indexes it (the title, summary and ids come from the page).</summary>
internal static class GovernanceText
{
    /// <summary>The text of a generated governance page; null for a markdown page (its body is its text).</summary>
    public static IReadOnlyList<ShownSection>? Of(GovernanceView view) =>
        view.Risk is { } risk ? Risk(risk)
        : view.Control is { } control ? Control(control)
        : view.Requirement is { } requirement ? Requirement(requirement)
        : view.Register is { } register ? Register(register)
        : view.Matrix is { } matrix ? Matrix(matrix)
        : view.Waivers is { } waivers ? Waivers(waivers)
        : null;

    private static IReadOnlyList<ShownSection> Waivers(WaiversView waivers)
    {
        var text = new ShownText().Line("Governance").Line("As of", waivers.AsOf).Section("Waivers", "waivers");
        foreach (var row in waivers.Rows)
            text.Line(row.Control.Id, row.Control.Title, row.Condition, row.State, row.Expires, row.Reason, row.Owner, row.Approver, row.ApprovedOn, row.ControlStatus);
        return text.Sections();
    }

    private static IReadOnlyList<ShownSection> Risk(RiskView risk)
    {
        var text = new ShownText()
            .Line("Risk")
            .Line("Severity", risk.Severity, "Occurrence", risk.Occurrence, "Detection", risk.Detection, "RPN", risk.Rpn)
            .Line("Status", risk.Status)
            .Line("Owner", risk.Owner)
            .Line("Declared on", risk.DeclaredOn?.Title)
            .Section("Mitigated by", "mitigated-by");
        foreach (var control in risk.Controls) text.Line(control.Id, control.Title);
        return text.Sections();
    }

    private static IReadOnlyList<ShownSection> Control(ControlView control)
    {
        var text = new ShownText()
            .Line("Control")
            .Line("Cadence", control.Cadence)
            .Line("Owner", control.Owner)
            .Line("Declared on", control.DeclaredOn?.Title);
        if (control.Safeguards.Count > 0) text.Section("Safeguards", "safeguards");
        foreach (var safeguard in control.Safeguards) text.Line(safeguard);
        text.Section("Risks it mitigates", "mitigates");
        foreach (var risk in control.Risks) text.Line(risk.Id, risk.Title);
        text.Section("Requirements it satisfies", "satisfies");
        foreach (var requirement in control.Requirements) text.Line(requirement.Id, requirement.Title);
        text.Section("Pages that document it", "documented-by");
        foreach (var page in control.DocumentedBy) text.Line(page.Title);
        text.Section("Evidence", "evidence").Line(control.Evidence?.StatusText).Line(control.Evidence?.Suspect);
        if (control.Evidence?.Requires is { Count: > 0 } requires) text.Line("Requires", string.Join(", ", requires));
        foreach (var item in control.Evidence?.Items ?? []) text.Line(item.Id, item.Title);
        foreach (var declared in control.EvidenceDeclared) text.Line(declared);
        return text.Sections();
    }

    private static IReadOnlyList<ShownSection> Requirement(RequirementView requirement)
    {
        var text = new ShownText()
            .Line("Framework requirement")
            .Line("Framework", requirement.FrameworkTitle, requirement.FrameworkVersion, requirement.Framework)
            .Line("Requirement", requirement.Id, requirement.Title)
            .Section("Controls that satisfy it", "controls");
        foreach (var control in requirement.Controls) text.Line(control.Id, control.Title);
        return text.Sections();
    }

    private static IReadOnlyList<ShownSection> Register(RegisterView register)
    {
        var text = new ShownText().Line("Governance").Section("Risks by RPN", "risks");
        foreach (var row in register.Rows) text.Line(row.Risk.Id, row.Risk.Title, row.Status, row.Owner);
        return text.Sections();
    }

    private static IReadOnlyList<ShownSection> Matrix(MatrixView matrix)
    {
        var text = new ShownText().Line("Governance").Line("Download", matrix.JsonUrl, matrix.CsvUrl, matrix.XlsxUrl, matrix.OscalUrl).Section("Coverage by framework", "coverage");
        foreach (var framework in matrix.Coverage) text.Line(framework.Title, framework.Version, framework.Id);
        text.Section("Requirements, controls, risks and evidence", "rows");
        foreach (var row in matrix.Rows) text.Line(row.Requirement?.Id, row.Requirement?.Title, row.Control?.Id, row.Control?.Title);
        return text.Sections();
    }
}
