using System.Globalization;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Configuration.Keys;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Load.Config;

/// <summary>Reads <c>frameworks:</c> (a folder of site catalogues) and the <c>governance:</c> block
/// (<c>rpn_threshold</c>, <c>sprint</c>, <c>release_max_age</c>, <c>pr_max_age</c>, <c>pages</c>, <c>max_waiver</c>) of <c>hotpass-docs.yml</c>.</summary>
internal static class GovernanceSettingsReader
{
    private static readonly HashSet<string> Keys = ConfigKeys.NamesUnder("governance");

    public static GovernanceSettings Read(string root, YamlMapping config, DiagnosticBag diagnostics)
    {
        var defaults = GovernanceSettings.Default;
        var frameworks = Folder(root, config["frameworks"], diagnostics);
        if (config["governance"] is not YamlMapping map)
        {
            if (config["governance"] is { } other and not YamlScalar { IsNull: true })
                diagnostics.Report(DiagnosticCodes.ConfigBadValue, other.Location, "governance", "must be a mapping");
            return defaults with { Frameworks = frameworks };
        }
        foreach (var entry in map.Entries)
            if (!Keys.Contains(entry.Key.Value)) diagnostics.Report(DiagnosticCodes.ConfigUnknownKey, entry.Key.Location, "governance." + entry.Key.Value, DidYouMean.Suffix(entry.Key.Value, Keys));
        var cadences = defaults.Cadences;
        var policy = new CadencePolicy(
            Duration(map["sprint"], "sprint", diagnostics) ?? cadences.Sprint,
            Duration(map["release_max_age"], "release_max_age", diagnostics) ?? cadences.ReleaseMaxAge,
            Duration(map["pr_max_age"], "pr_max_age", diagnostics) ?? cadences.PullRequestMaxAge);
        var maxWaiver = Duration(map["max_waiver"], "max_waiver", diagnostics);
        return new GovernanceSettings(
            Threshold(map["rpn_threshold"], diagnostics) ?? defaults.RpnThreshold,
            policy with { Fallback = DefaultCadence(map["default_cadence"], diagnostics) },
            frameworks)
        {
            PagesFolder = ReadPagesFolder(map["pages"], diagnostics) ?? GovernanceSettings.DefaultPagesFolder,
            MaxWaiver = maxWaiver ?? defaults.MaxWaiver,
            MaxWaiverText = maxWaiver is null ? defaults.MaxWaiverText : ((YamlScalar)map["max_waiver"]!).Value,
        };
    }

    /// <summary>The cadence of controls that name none, as written: the model stage understands it (a cadence word
    /// or an ISO 8601 duration) with the rest of the cadences.</summary>
    private static (string, SourceLocation)? DefaultCadence(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is null or YamlScalar { IsNull: true }) return null;
        if (node is YamlScalar scalar) return (scalar.Value, scalar.Location);
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "governance.default_cadence", "must be a cadence word or an ISO 8601 duration");
        return null;
    }

    /// <summary>An output folder for the generated pages: plain relative segments, so no page lands outside the site.</summary>
    private static string? ReadPagesFolder(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is null) return null;
        if (node is YamlScalar { IsNull: false } s)
        {
            var segments = s.Value.Trim('/').Split('/');
            if (segments.All(IsPlainSegment)) return string.Join('/', segments);
        }
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "governance.pages",
            "must be a folder inside the site such as governance or audit/governance (letters, digits, '-', '_' and '.')");
        return null;
    }

    private static bool IsPlainSegment(string segment) =>
        segment.Length > 0 && segment is not "." and not ".." && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string? Folder(string root, YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is not YamlScalar { IsNull: false } scalar) return null;
        if (InputFolder.Problem(root, scalar.Value) is not { } problem) return scalar.Value;
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, scalar.Location, "frameworks", problem);
        return null;
    }

    private static int? Threshold(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is null) return null;
        if (node is YamlScalar s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 1000)
            return value;
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "governance.rpn_threshold", "must be a whole number from 1 to 1000");
        return null;
    }

    private static IsoDuration? Duration(YamlNode? node, string key, DiagnosticBag diagnostics)
    {
        if (node is null) return null;
        if (node is YamlScalar s && IsoDuration.TryParse(s.Value, out var duration)) return duration;
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "governance." + key, "must be an ISO 8601 duration such as P14D");
        return null;
    }
}
