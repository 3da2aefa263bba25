using System.Globalization;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Configuration.Keys;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Load.Config;

/// <summary>Reads <c>evidence:</c>: a folder (<c>evidence: evidence</c>) or a mapping of <c>dir</c>,
/// <c>due_fraction</c> (0–1), <c>commit</c> and the <c>keys</c> that sign evidence.</summary>
internal static class EvidenceSettingsReader
{
    private static readonly HashSet<string> Keys = ConfigKeys.NamesUnder("evidence");

    public static EvidenceSettings Read(string root, YamlNode? node, DiagnosticBag diagnostics)
    {
        var defaults = EvidenceSettings.Default;
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return defaults;
            case YamlScalar folder:
                return defaults with { Dir = Folder(root, folder, diagnostics) ?? defaults.Dir };
            case YamlMapping map:
                foreach (var entry in map.Entries)
                    if (!Keys.Contains(entry.Key.Value))
                        diagnostics.Report(DiagnosticCodes.ConfigUnknownKey, entry.Key.Location, "evidence." + entry.Key.Value, Text.DidYouMean.Suffix(entry.Key.Value, Keys));
                return new EvidenceSettings(
                    map["dir"] is YamlScalar dir ? Folder(root, dir, diagnostics) ?? defaults.Dir : defaults.Dir,
                    Fraction(map["due_fraction"], diagnostics) ?? defaults.DueFraction,
                    map["commit"] is YamlScalar { IsNull: false } commit ? commit.Value.Trim() : null)
                {
                    Keys = TrustedKeysReader.Read(map["keys"], diagnostics),
                };
            default:
                diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "evidence", "must be a folder or a mapping");
                return defaults;
        }
    }

    private static string? Folder(string root, YamlScalar scalar, DiagnosticBag diagnostics)
    {
        if (InputFolder.Problem(root, scalar.Value) is not { } problem) return scalar.Value.TrimEnd('/');
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, scalar.Location, "evidence", problem);
        return null;
    }

    private static double? Fraction(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is null) return null;
        if (node is YamlScalar s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and < 1)
            return value;
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "evidence.due_fraction", "must be a number from 0 to below 1 (0.2: the last 20 %)");
        return null;
    }
}
