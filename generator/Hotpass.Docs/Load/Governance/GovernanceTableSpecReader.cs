using System.Text.RegularExpressions;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Load.Governance;

/// <summary>Reads <c>governance_tables:</c> from front matter into <see cref="GovernanceTableSpec"/>s, reporting a bad
/// mapping at its YAML node; a spec that cannot be used is left out.</summary>
internal static partial class GovernanceTableSpecReader
{
    public static readonly string Key = FrontMatter.GovernanceKeys[2];

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "heading", "holds", "columns", "id_column", "id_pattern" };

    [GeneratedRegex(@"\{([a-z_]+)\}", RegexOptions.CultureInvariant)]
    internal static partial Regex Placeholder();

    public static IReadOnlyList<GovernanceTableSpec> Read(YamlMapping? root, DiagnosticBag diagnostics)
    {
        switch (root?[Key])
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlSequence list:
                return [.. list.Items.Select(i => ReadOne(i, diagnostics)).OfType<GovernanceTableSpec>()];
            case var other:
                diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, other.Location, "must be a list of table mappings");
                return [];
        }
    }

    private static GovernanceTableSpec? ReadOne(YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping map)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, node.Location, "each item must be a mapping with heading, holds and columns");
            return null;
        }
        foreach (var entry in map.Entries)
            if (!Keys.Contains(entry.Key.Value))
                diagnostics.Report(DiagnosticCodes.GovernanceUnknownKey, entry.Key.Location, entry.Key.Value, Key, Text.DidYouMean.Suffix(entry.Key.Value, Keys));

        var heading = Scalar(map, "heading", diagnostics);
        var holds = ReadHolds(map, diagnostics);
        var columns = ReadColumns(map, holds, diagnostics);
        var idColumn = Scalar(map, "id_column", diagnostics);
        var idPattern = Scalar(map, "id_pattern", diagnostics);
        if (heading is null) diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, map.Location, "a table needs 'heading', the text of the heading it sits under");
        if (heading is null || holds is null || columns is null) return null;

        if (idColumn is not null && idPattern is not null)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, idPattern.Location, "give id_column or id_pattern, not both");
            return null;
        }
        if (idColumn is not null) columns.Add(new ColumnMapping(idColumn.Value, "id", idColumn.Location));
        if (!columns.Any(c => c.Field == "id") && idPattern is null)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, map.Location, "a table needs id_column, id_pattern or a column mapped to id");
            return null;
        }
        if (idPattern is not null && !PatternFieldsMapped(idPattern, columns, diagnostics)) return null;
        var missing = GovernanceFields.RequiredFor(holds.Value).Where(f => f != "id" && columns.All(c => c.Field != f)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, map["columns"]!.Location,
                $"a table of {holds.Value.ToString().ToLowerInvariant()}s must map a column to {string.Join(", ", missing)}");
            return null;
        }
        return new GovernanceTableSpec(heading.Value.Trim(), heading.Location, holds.Value, columns, idPattern?.Value, map.Location);
    }

    private static DeclarationKind? ReadHolds(YamlMapping map, DiagnosticBag diagnostics)
    {
        var holds = Scalar(map, "holds", diagnostics);
        switch (holds?.Value)
        {
            case "risks": return DeclarationKind.Risk;
            case "controls": return DeclarationKind.Control;
            case null:
                diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, map.Location, "a table needs 'holds: risks' or 'holds: controls'");
                return null;
            default:
                diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, holds.Location, $"holds must be risks or controls, not '{holds.Value}'");
                return null;
        }
    }

    private static List<ColumnMapping>? ReadColumns(YamlMapping map, DeclarationKind? holds, DiagnosticBag diagnostics)
    {
        if (map["columns"] is not YamlMapping columns)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, map["columns"]?.Location ?? map.Location,
                "a table needs 'columns', a mapping of column header to field");
            return null;
        }
        var result = new List<ColumnMapping>();
        var ok = true;
        foreach (var (header, value) in columns.Entries)
        {
            if (value is not YamlScalar { IsNull: false } field || (holds is not null && !GovernanceFields.For(holds.Value).Contains(field.Value)))
            {
                var known = holds is null ? "" : ": one of " + string.Join(", ", GovernanceFields.For(holds.Value).Order(StringComparer.Ordinal));
                diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, value.Location,
                    $"column '{header.Value}' must map to a field{known}");
                ok = false;
                continue;
            }
            result.Add(new ColumnMapping(header.Value, field.Value, header.Location));
        }
        return ok ? result : null;
    }

    private static bool PatternFieldsMapped(YamlScalar pattern, List<ColumnMapping> columns, DiagnosticBag diagnostics)
    {
        var placeholders = Placeholder().Matches(pattern.Value).Select(m => m.Groups[1].Value).ToList();
        if (placeholders.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, pattern.Location, "id_pattern needs a {field} or {row} placeholder, or every row would get the same id");
            return false;
        }
        foreach (var name in placeholders)
        {
            if (name == "row" || columns.Any(c => c.Field == name)) continue;
            diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, pattern.Location, $"id_pattern names '{{{name}}}', but no column is mapped to {name}");
            return false;
        }
        return true;
    }

    private static YamlScalar? Scalar(YamlMapping map, string key, DiagnosticBag diagnostics)
    {
        switch (map[key])
        {
            case null or YamlScalar { IsNull: true }: return null;
            case YamlScalar s: return s;
            case var other:
                diagnostics.Report(DiagnosticCodes.GovernanceTableInvalid, other.Location, $"'{key}' must be a single value");
                return null;
        }
    }
}
