using System.Globalization;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Configuration.Keys;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Load.Config;

/// <summary>Reads <c>hotpass-docs.yml</c> from the site root; a missing file means all defaults.</summary>
public static class SiteConfigReader
{
    private static readonly HashSet<string> KnownKeys = ConfigKeys.NamesUnder("");
    private static readonly HashSet<string> NavKeys = ConfigKeys.NamesUnder("nav");
    private static readonly HashSet<string> SectionKeys = ConfigKeys.NamesUnder("sections[]");

    public static SiteConfig Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, SiteConfig.FileName);
        var config = new SiteConfig();
        if (!File.Exists(path)) return config;

        var length = new FileInfo(path).Length;
        if (length > SiteConfig.MaxFileBytes)
        {
            diagnostics.Report(DiagnosticCodes.ConfigTooLarge, SourceLocation.File(SiteConfig.FileName), length, SiteConfig.MaxFileBytes);
            return config;
        }
        var source = SourceDecoder.Decode(File.ReadAllBytes(path));
        if (source.InvalidByte is { } bad)
            diagnostics.Report(DiagnosticCodes.ConfigInvalidUtf8, new SourceLocation(SiteConfig.FileName, bad.Line, bad.Column), bad.Value);
        var text = source.Text;
        // YAML problems in the configuration are configuration errors (exit 2), with codes of their own.
        var node = YamlDocumentReader.Read(text, SiteConfig.FileName, 1, diagnostics, codes: YamlCodes.SiteConfig);
        if (node is null) return config;
        if (node is not YamlMapping map)
        {
            diagnostics.Report(DiagnosticCodes.ConfigInvalid, node.Location, "the file must be a mapping of keys to values");
            return config;
        }

        foreach (var entry in map.Entries)
            if (!KnownKeys.Contains(entry.Key.Value))
                diagnostics.Report(DiagnosticCodes.ConfigUnknownKey, entry.Key.Location, entry.Key.Value, DidYouMean.Suffix(entry.Key.Value, KnownKeys));

        var fields = new FieldReader(map, diagnostics);
        var repoUrl = Url(fields, "repo_url", EditLinks.RepoUrlProblem, diagnostics);
        return config with
        {
            Title = fields.Text("title") ?? config.Title,
            ContentDir = RelativeDir(root, fields, "content", diagnostics) ?? config.ContentDir,
            TemplatesDir = RelativeDir(root, fields, "templates", diagnostics) ?? config.TemplatesDir,
            OutDir = OutDir(fields, diagnostics) ?? config.OutDir,
            OutForce = ReadFlag(fields, "out_force", diagnostics),
            BaseUrl = fields.Text("base_url"),
            RepoUrl = repoUrl,
            EditUri = Url(fields, "edit_uri", text => EditLinks.EditUriProblem(text, repoUrl is not null), diagnostics),
            AsOf = fields.Text("as_of"),
            AsOfNote = fields.Text("as_of_note"),
            NavMaxSectionPages = ReadNav(map["nav"], diagnostics) ?? config.NavMaxSectionPages,
            Sections = ReadSections(map["sections"], diagnostics) ?? config.Sections,
            Severities = ReadSeverities(map["diagnostics"], diagnostics),
            Governance = GovernanceSettingsReader.Read(root, map, diagnostics),
            Evidence = EvidenceSettingsReader.Read(root, map["evidence"], diagnostics),
            Exclude = ReadExclude(map["exclude"], diagnostics) ?? config.Exclude,
        };
    }

    private static string? RelativeDir(string root, FieldReader fields, string key, DiagnosticBag diagnostics)
    {
        var node = fields.Scalar(key);
        if (node is null) return null;
        if (!IsPathText(node.Value))
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, key, "must name a folder, without control characters");
            return null;
        }
        if (InputFolder.Problem(root, node.Value) is not { } problem) return node.Value;
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, key, problem);
        return null;
    }

    /// <summary>A URL key's value, or null (reported at the value) when <paramref name="problem"/> finds one.</summary>
    private static string? Url(FieldReader fields, string key, Func<string, string?> problem, DiagnosticBag diagnostics)
    {
        var node = fields.Scalar(key);
        if (node is null) return null;
        if (problem(node.Value) is not { } why) return node.Value;
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, key, why);
        return null;
    }

    private static string? OutDir(FieldReader fields, DiagnosticBag diagnostics)
    {
        var node = fields.Scalar("out");
        if (node is null) return null;
        if (IsPathText(node.Value)) return node.Value;
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "out", "must name a folder, without control characters");
        return null;
    }

    /// <summary><c>exclude:</c>, a list of globs relative to the site root; an item that is not one is reported at
    /// its line and left out, the others still apply.</summary>
    private static InputExclusions? ReadExclude(YamlNode? node, DiagnosticBag diagnostics)
    {
        const string Example = "(such as content/drafts/** or **/*.bak)";
        if (node is null or YamlScalar { IsNull: true }) return null;
        if (node is not YamlSequence list)
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "exclude", "must be a list of glob patterns relative to the site root " + Example);
            return null;
        }
        var patterns = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is not YamlScalar { IsNull: false } scalar || !IsPathText(scalar.Value))
                diagnostics.Report(DiagnosticCodes.ConfigBadValue, item.Location, "exclude", "items must be glob patterns relative to the site root " + Example);
            else if (scalar.Value.Trim() is var glob && (glob.StartsWith('/') || glob.StartsWith('\\') || Path.IsPathRooted(glob) || glob.Split('/', '\\').Contains("..")))
                diagnostics.Report(DiagnosticCodes.ConfigBadValue, item.Location, "exclude",
                    $"items must be glob patterns relative to the site root {Example}: '{glob}' is not");
            else patterns.Add(glob);
        }
        return new InputExclusions(patterns);
    }

    private static bool IsPathText(string value) => !string.IsNullOrWhiteSpace(value) && !value.Any(char.IsControl);

    private static bool ReadFlag(FieldReader fields, string key, DiagnosticBag diagnostics)
    {
        var node = fields.Scalar(key);
        if (node is null) return false;
        if (node.Value is "true" or "false") return node.Value == "true";
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, key, "must be true or false");
        return false;
    }

    private static int? ReadNav(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping nav) return null;
        ReportUnknown(nav, "nav.", NavKeys, diagnostics);
        var max = new FieldReader(nav, diagnostics).Scalar("max_section_pages");
        if (max is null) return null;
        if (int.TryParse(max.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        diagnostics.Report(DiagnosticCodes.ConfigBadValue, max.Location, "nav.max_section_pages", "must be a whole number");
        return null;
    }

    private static List<SectionConfig>? ReadSections(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is null) return null;
        if (node is not YamlSequence list)
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "sections", "must be a list");
            return null;
        }
        var sections = new List<SectionConfig>();
        foreach (var item in list.Items)
        {
            if (item is YamlMapping itemMap) ReportUnknown(itemMap, "sections[].", SectionKeys, diagnostics);
            var fields = item is YamlMapping m ? new FieldReader(m, diagnostics) : null;
            var folder = fields?.Text("folder");
            if (fields is null || string.IsNullOrWhiteSpace(folder))
            {
                diagnostics.Report(DiagnosticCodes.ConfigBadValue, item.Location, "sections", "items need a 'folder'");
                continue;
            }
            DiataxisType? type = null;
            var typeNode = fields.Scalar("type");
            if (typeNode is not null)
            {
                if (DiataxisTypeNames.TryParse(typeNode.Value, out var parsed)) type = parsed;
                else diagnostics.Report(DiagnosticCodes.UnknownDiataxisType, typeNode.Location, typeNode.Value);
            }
            if (sections.Any(s => s.Folder == folder))
            {
                diagnostics.Report(DiagnosticCodes.SectionDuplicate, item.Location, folder);
                continue;
            }
            sections.Add(new SectionConfig(folder, fields.Text("title") ?? folder, type));
        }
        return sections;
    }

    private static void ReportUnknown(YamlMapping map, string prefix, HashSet<string> known, DiagnosticBag diagnostics)
    {
        foreach (var entry in map.Entries)
            if (!known.Contains(entry.Key.Value))
                diagnostics.Report(DiagnosticCodes.ConfigUnknownKey, entry.Key.Location, prefix + entry.Key.Value, DidYouMean.Suffix(entry.Key.Value, known));
    }

    private static Dictionary<string, Severity> ReadSeverities(YamlNode? node, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (node is not YamlMapping map) return result;
        foreach (var (key, value) in map.Entries)
        {
            Severity? severity = value is YamlScalar s ? s.Value switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                "none" or "hidden" => Severity.Hidden,
                _ => null,
            } : null;
            if (severity is null)
                diagnostics.Report(DiagnosticCodes.ConfigBadValue, value.Location, $"diagnostics.{key.Value}", "must be error, warning, info or none");
            else
                result[key.Value] = severity.Value;
        }
        return result;
    }
}
