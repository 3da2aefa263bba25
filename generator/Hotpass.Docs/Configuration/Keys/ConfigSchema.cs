using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hotpass.Docs.Configuration.Keys;

/// <summary>The JSON Schema of <c>hotpass-docs.yml</c>, written from <see cref="ConfigKeys.All"/>, so an editor
/// completes and checks exactly the keys the reader knows. Unknown keys are refused at every level, as the reader
/// warns of them (HPD002).</summary>
public static partial class ConfigSchema
{
    /// <summary>The name <c>init</c> gives the schema beside the configuration file.</summary>
    public const string FileName = "hotpass-docs.schema.json";

    private const string IsoDurationPattern =
        @"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$";

    /// <summary>The schema as indented JSON with a final newline; the same bytes on every run. Relaxed escaping keeps
    /// the descriptions readable (an apostrophe, not \u0027); the text is never embedded in HTML.</summary>
    public static string Json { get; } = Write();

    private static string Write()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("title", "hotpass-docs.yml");
            json.WriteString("description", "Configuration of a Hotpass.Docs site. Every key is optional.");
            WriteMapping(json, "");
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteMapping(Utf8JsonWriter json, string parent)
    {
        var keys = ConfigKeys.All.Where(k => k.Parent == parent).ToList();
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var key in keys)
        {
            json.WriteStartObject(key.Name);
            json.WriteString("description", Plain(key));
            WriteValue(json, key);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (keys.Where(k => k.Required).Select(k => k.Name).ToList() is { Count: > 0 } required)
        {
            json.WriteStartArray("required");
            foreach (var name in required) json.WriteStringValue(name);
            json.WriteEndArray();
        }
        json.WriteBoolean("additionalProperties", false);
    }

    private static void WriteValue(Utf8JsonWriter json, ConfigKey key)
    {
        switch (key.Kind)
        {
            case ConfigValueKind.Text:
                json.WriteString("type", "string");
                break;
            case ConfigValueKind.Folder:
                json.WriteString("type", "string");
                json.WriteNumber("minLength", 1);
                break;
            case ConfigValueKind.Flag:
                json.WriteString("type", "boolean");
                break;
            case ConfigValueKind.WholeNumber:
                json.WriteString("type", "integer");
                if (key.Minimum is { } min) json.WriteNumber("minimum", min);
                if (key.Maximum is { } max) json.WriteNumber("maximum", max);
                break;
            case ConfigValueKind.Fraction:
                json.WriteString("type", "number");
                json.WriteNumber("minimum", 0);
                json.WriteNumber("exclusiveMaximum", 1);
                break;
            case ConfigValueKind.Duration:
                json.WriteString("type", "string");
                json.WriteString("pattern", IsoDurationPattern);
                break;
            case ConfigValueKind.Choice:
                Enum(json, key.Allowed);
                break;
            case ConfigValueKind.Mapping:
                WriteMapping(json, key.Path);
                break;
            case ConfigValueKind.FolderOrMapping:
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                json.WriteString("type", "string");
                json.WriteNumber("minLength", 1);
                json.WriteEndObject();
                json.WriteStartObject();
                WriteMapping(json, key.Path);
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            case ConfigValueKind.MappingList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                WriteMapping(json, key.Path + "[]");
                json.WriteEndObject();
                break;
            case ConfigValueKind.SeverityMap:
                json.WriteString("type", "object");
                json.WriteStartObject("propertyNames");
                json.WriteString("pattern", "^HPD[0-9]{3}$");
                json.WriteEndObject();
                json.WriteStartObject("additionalProperties");
                Enum(json, key.Allowed);
                json.WriteEndObject();
                break;
            case ConfigValueKind.GlobList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteString("pattern", "^[^/\\\\]");
                json.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"No schema for a {key.Kind} key ({key.Path}).");
        }
    }

    private static void Enum(Utf8JsonWriter json, IReadOnlyList<string> values)
    {
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>An editor shows a description as plain text: the meaning and default without markdown.</summary>
    private static string Plain(ConfigKey key)
    {
        var text = key.Default is "" or "none" ? key.Meaning : $"{key.Meaning} Default: {key.Default}.";
        return Code().Replace(Link().Replace(text, "$1"), "$1");
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex("`([^`]*)`", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
