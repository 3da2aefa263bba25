using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Load.Governance;

/// <summary>Reads the <c>risks:</c> and <c>waivers:</c> lists and the mapping items of the <c>controls:</c> list of a page's front matter.</summary>
internal static class FrontMatterDeclarations
{
    public static IEnumerable<Declaration> Read(PageSource page, DiagnosticBag diagnostics)
    {
        if (page.FrontMatter.Root is not { } root) yield break;
        foreach (var d in ReadList(root, "risks", DeclarationKind.Risk, page.SourcePath, diagnostics)) yield return d;
        foreach (var d in ReadList(root, "controls", DeclarationKind.Control, page.SourcePath, diagnostics)) yield return d;
        foreach (var d in ReadList(root, "waivers", DeclarationKind.Waiver, page.SourcePath, diagnostics)) yield return d;
    }

    private static IEnumerable<Declaration> ReadList(YamlMapping root, string key, DeclarationKind kind, string page, DiagnosticBag diagnostics)
    {
        switch (root[key])
        {
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    if (item is YamlMapping map) yield return ReadOne(map, kind, page, diagnostics);
                    // A plain id in controls: names a documented control; FrontMatterReader has read it.
                    else if (kind != DeclarationKind.Control && item is not YamlScalar { IsNull: true })
                        diagnostics.Report(DiagnosticCodes.GovernanceNotMapping, item.Location, key);
                }
                break;
            case YamlMapping map:
                diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, map.Location, "Front matter", key, "must be a list");
                break;
            case YamlScalar scalar when kind != DeclarationKind.Control && !scalar.IsNull:
                diagnostics.Report(DiagnosticCodes.GovernanceNotMapping, scalar.Location, key);
                break;
        }
    }

    private static Declaration ReadOne(YamlMapping map, DeclarationKind kind, string page, DiagnosticBag diagnostics)
    {
        var known = GovernanceFields.For(kind);
        var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                diagnostics.Report(DiagnosticCodes.GovernanceUnknownKey, key.Location, key.Value, "a " + GovernanceFields.Noun(kind), Text.DidYouMean.Suffix(key.Value, known));
                continue;
            }
            if (ToField(key.Value, value, kind, diagnostics) is { } field) fields[key.Value] = field;
        }
        return new Declaration(kind, map.Location, page, fields);
    }

    private static FieldValue? ToField(string key, YamlNode node, DeclarationKind kind, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return new FieldValue(scalar.Location, scalar.Value, [new IdReference(scalar.Value, scalar.Location)], null, null);
            case YamlSequence list:
                var items = new List<IdReference>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar { IsNull: false } s) items.Add(new IdReference(s.Value, s.Location));
                    else diagnostics.Report(DiagnosticCodes.GovernanceFieldInvalid, item.Location, "A " + GovernanceFields.Noun(kind), key, "must list single values");
                }
                return new FieldValue(list.Location, null, items, list, null);
            default:
                return new FieldValue(node.Location, null, [], node, null);
        }
    }
}
