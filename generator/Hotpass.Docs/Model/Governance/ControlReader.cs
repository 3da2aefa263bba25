using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Governance;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Turns a control declaration into a <see cref="Control"/>: framework references split, cadence understood.</summary>
internal static class ControlReader
{
    /// <param name="fallback">The cadence of a control that names none (<see cref="GovernanceModelBuilder.FallbackCadence"/>).</param>
    public static Control? Read(Declaration declaration, CadencePolicy cadences, Cadence? fallback, RequirementResolver requirements, DiagnosticBag diagnostics)
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
            ReadCadence(fields, cadences, fallback, diagnostics),
            fields.List("evidence"),
            ReadExpect(fields, diagnostics),
            fields.List("mitigates"),
            declaration.Location,
            declaration.Page)
        {
            Requires = RequiredKinds.Read(fields.List("requires"), fields.Subject, diagnostics),
            RequireSigned = fields.Flag("require_signed", absent: false),
        };
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

    private static Cadence? ReadCadence(DeclarationFieldReader fields, CadencePolicy cadences, Cadence? fallback, DiagnosticBag diagnostics)
    {
        var text = fields.Text("cadence");
        if (text is null)
        {
            if (fallback is null && fields.List("evidence").Count > 0)
                diagnostics.Report(DiagnosticCodes.ControlWithoutCadence, fields["evidence"]!.Location, fields.Id);
            return fallback;
        }
        var cadence = CadenceParser.Parse(text, cadences);
        if (cadence is null) diagnostics.Report(DiagnosticCodes.CadenceUnknown, fields["cadence"]!.Location, text);
        return cadence;
    }

    /// <summary>A table cell's conditions, written <c>tests_failed: 0; coverage_line_min: 80</c>, as the mapping
    /// front matter would give; null when an entry has no colon (reported by the caller).</summary>
    private static YamlMapping? FromCell(FieldValue field)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        foreach (var item in field.Items)
        {
            var colon = item.Id.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) return null;
            var key = item.Id[..colon].Trim().Trim('`');
            var value = item.Id[(colon + 1)..].Trim().Trim('`');
            entries.Add(new(new YamlScalar(key, true, item.Location), new YamlScalar(value, true, item.Location)));
        }
        return entries.Count == 0 ? null : new YamlMapping(entries, field.Location);
    }

    private static YamlMapping? ReadExpect(DeclarationFieldReader fields, DiagnosticBag diagnostics)
    {
        if (fields["expect"] is not { } field) return null;
        if (field.Node is YamlMapping map) return map;
        if (field.Node is null && field.Column is not null && FromCell(field) is { } cell) return cell;
        diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, field.Location, fields.Subject, "expect", "must be a mapping of pass conditions");
        return null;
    }
}
