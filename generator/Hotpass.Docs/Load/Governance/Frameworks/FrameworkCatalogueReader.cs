using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Load.Governance.Frameworks;

/// <summary>Reads one framework catalogue (YAML: <c>id</c>, <c>title</c>, optional <c>version</c>, and <c>requirements</c>,
/// a list of <c>id</c>, <c>title</c> and optional <c>requires</c>, the kinds of evidence its controls must have); every problem is a configuration error at its node, since a site cannot be
/// checked against a catalogue it cannot read.</summary>
internal static class FrameworkCatalogueReader
{
    public static Framework? Read(string text, string path, string source, DiagnosticBag diagnostics)
    {
        var yamlProblems = new DiagnosticBag();
        var node = YamlDocumentReader.Read(text, path, 1, yamlProblems);
        foreach (var problem in yamlProblems.ToSortedList())
            diagnostics.Report(DiagnosticCodes.CatalogueInvalid, problem.Location, problem.Message);
        if (node is null) return null;
        if (node is not YamlMapping map)
            return Fail(diagnostics, node.Location, "the file must be a mapping with id, title and requirements");

        var id = Text(map, "id");
        var title = Text(map, "title");
        if (id is null) return Fail(diagnostics, map.Location, "it has no 'id'");
        if (id.Contains(':', StringComparison.Ordinal)) return Fail(diagnostics, map["id"]!.Location, $"id '{id}' must not contain ':'");
        if (title is null) return Fail(diagnostics, map.Location, "it has no 'title'");
        if (map["requirements"] is not YamlSequence list)
            return Fail(diagnostics, map["requirements"]?.Location ?? map.Location, "'requirements' must be a list of id and title");

        var requirements = new List<FrameworkRequirement>(list.Items.Count);
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var ok = true;
        foreach (var item in list.Items)
        {
            var requirementId = item is YamlMapping m ? Text(m, "id") : null;
            var requirementTitle = item is YamlMapping n ? Text(n, "title") : null;
            if (requirementId is null || requirementTitle is null)
            {
                Fail(diagnostics, item.Location, "each requirement needs an 'id' and a 'title'");
                ok = false;
            }
            else if (seen.TryGetValue(requirementId, out var first))
            {
                Fail(diagnostics, item.Location, $"requirement '{requirementId}' is listed twice (first at {first.Location})");
                ok = false;
            }
            else
            {
                seen[requirementId] = item;
                requirements.Add(new FrameworkRequirement(id, requirementId, requirementTitle)
                {
                    Requires = RequiredKinds.Read(KindNames((YamlMapping)item, diagnostics), $"Requirement '{id}:{requirementId}'", diagnostics),
                });
            }
        }
        return ok ? new Framework(id, title, Text(map, "version"), requirements, source) { Aliases = Aliases(map, diagnostics) } : null;
    }

    private static List<string> Aliases(YamlMapping map, DiagnosticBag diagnostics)
    {
        switch (map["aliases"])
        {
            case null: return [];
            case YamlSequence list when list.Items.All(i => i is YamlScalar { IsNull: false }):
                return [.. list.Items.Cast<YamlScalar>().Select(s => s.Value.Trim())];
            case var other:
                Fail(diagnostics, other.Location, "'aliases' must be a list of names");
                return [];
        }
    }

    /// <summary>A requirement's <c>requires:</c> list of evidence kinds; empty when absent.</summary>
    private static List<IdReference> KindNames(YamlMapping requirement, DiagnosticBag diagnostics)
    {
        switch (requirement["requires"])
        {
            case null or YamlScalar { IsNull: true }: return [];
            case YamlSequence list when list.Items.All(i => i is YamlScalar { IsNull: false }):
                return [.. list.Items.Cast<YamlScalar>().Select(s => new IdReference(s.Value.Trim(), s.Location))];
            case var other:
                Fail(diagnostics, other.Location, "'requires' must be a list of kinds of evidence");
                return [];
        }
    }

    private static string? Text(YamlMapping map, string key) =>
        map[key] is YamlScalar { IsNull: false } s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value.Trim() : null;

    private static Framework? Fail(DiagnosticBag diagnostics, SourceLocation at, string problem)
    {
        diagnostics.Report(DiagnosticCodes.CatalogueInvalid, at, problem);
        return null;
    }
}
