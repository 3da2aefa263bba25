using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Yaml;

/// <summary>Reads typed fields out of a YAML mapping, reporting a value of the wrong shape at its own location.</summary>
internal sealed class FieldReader(YamlMapping map, DiagnosticBag diagnostics)
{
    /// <summary>The scalar under <paramref name="key"/>; null when absent or null, reported when it is a list or mapping.</summary>
    public YamlScalar? Scalar(string key)
    {
        var node = map[key];
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return scalar.IsNull ? null : scalar;
            default:
                diagnostics.Report(DiagnosticCodes.FieldInvalid, node.Location, key, "must be a single value");
                return null;
        }
    }

    public string? Text(string key) => Scalar(key)?.Value;

    /// <summary>A list of ids; a single scalar counts as a list of one. With <paramref name="skipMappings"/>,
    /// mappings in the list are left for another reader (a <c>controls</c> list may mix references and declarations).</summary>
    public IReadOnlyList<IdReference> IdList(string key, bool skipMappings = false)
    {
        var node = map[key];
        switch (node)
        {
            case null:
                return [];
            case YamlScalar scalar:
                return scalar.IsNull ? [] : [new IdReference(scalar.Value, scalar.Location)];
            case YamlSequence sequence:
                var ids = new List<IdReference>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } s) ids.Add(new IdReference(s.Value, s.Location));
                    else if (!(skipMappings && item is YamlMapping)) diagnostics.Report(DiagnosticCodes.FieldInvalid, item.Location, key, "must list identifiers");
                }
                return ids;
            default:
                diagnostics.Report(DiagnosticCodes.FieldInvalid, node.Location, key, "must be a list of identifiers");
                return [];
        }
    }
}
