using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Governance.Frameworks;
using Hotpass.Docs.Governance.Model;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Governance.Read;

/// <summary>Turns a control declaration into a <see cref="Control"/>: framework references split, cadence understood.</summary>
internal static class ControlReader
{
    public static Control? Read(Declaration declaration, CadencePolicy cadences, RequirementResolver requirements, DiagnosticBag diagnostics)
    {
        var probe = new DeclarationFieldReader(declaration, "A control", diagnostics);
        var id = probe.Required("id");
        if (id is null) return null;
        var fields = new DeclarationFieldReader(declaration, $"Control '{id}'", diagnostics) { Id = id };
        var title = fields.Required("title");
        return new Control(
            id,
            title ?? id,
            ReadSatisfies(fields, id, requirements, diagnostics),
            [.. fields.List("safeguards").Select(s => s.Id)],
            fields.Text("owner"),
            ReadCadence(fields, cadences, diagnostics),
            fields.List("evidence"),
            ReadExpect(fields, diagnostics),
            fields.List("mitigates"),
            declaration.Location,
            declaration.Page);
    }

    private static List<RequirementReference> ReadSatisfies(DeclarationFieldReader fields, string id, RequirementResolver requirements, DiagnosticBag diagnostics)
    {
        var result = new List<RequirementReference>();
        foreach (var item in fields.List("satisfies"))
        {
            if (requirements.Resolve(item.Id, item.Location) is { } reference) result.Add(reference);
            else diagnostics.Report(DiagnosticCodes.SatisfiesMalformed, item.Location, id, item.Id);
        }
        return result;
    }

    private static Cadence? ReadCadence(DeclarationFieldReader fields, CadencePolicy cadences, DiagnosticBag diagnostics)
    {
        var text = fields.Text("cadence");
        if (text is null) return null;
        var cadence = CadenceParser.Parse(text, cadences);
        if (cadence is null) diagnostics.Report(DiagnosticCodes.CadenceUnknown, fields["cadence"]!.Location, text);
        return cadence;
    }

    private static YamlMapping? ReadExpect(DeclarationFieldReader fields, DiagnosticBag diagnostics)
    {
        if (fields["expect"] is not { } field) return null;
        if (field.Node is YamlMapping map) return map;
        diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, field.Location, fields.Subject, "expect", "must be a mapping of pass conditions");
        return null;
    }
}
