using System.Security.Cryptography;
using System.Text.Json;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Yaml;
using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Model.Review;

/// <summary>The SHA-256 of a canonical JSON serialisation of what a control promises (title, safeguards, cadence,
/// expect, requires, evidence patterns) and of a risk's scores. Order that carries no meaning (evidence patterns,
/// required kinds, expect keys) is sorted, and where a declaration was written (front matter or a table row, which
/// line) is left out, so moving a declaration or reordering a list is not a change; a changed word is.</summary>
internal static class DeclarationFingerprint
{
    public static string Of(Control control) => Hash(json =>
    {
        json.WriteString("id", control.Id);
        json.WriteString("title", control.Title);
        Strings(json, "safeguards", control.Safeguards);
        json.WriteString("cadence", control.Cadence?.Name);
        Strings(json, "evidence", control.Evidence.Select(e => e.Id).Order(StringComparer.Ordinal));
        json.WriteStartObject("expect");
        foreach (var (key, value) in (control.Expect?.Entries ?? []).OrderBy(e => e.Key.Value, StringComparer.Ordinal))
            json.WriteString(key.Value, value is YamlScalar scalar ? scalar.Value : "");
        json.WriteEndObject();
        Strings(json, "requires", control.Requires.Select(EvidenceKindNames.Name).Order(StringComparer.Ordinal));
        // Only when set, so the fingerprints of controls accepted before the key existed still hold.
        if (control.RequireSigned) json.WriteBoolean("require_signed", true);
    });

    public static string Of(Risk risk) => Hash(json =>
    {
        json.WriteString("id", risk.Id);
        Number(json, "severity", risk.Severity);
        Number(json, "occurrence", risk.Occurrence);
        Number(json, "detection", risk.Detection);
    });

    private static string Hash(Action<Utf8JsonWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            fields(json);
            json.WriteEndObject();
        }
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n) json.WriteNumber(name, n);
        else json.WriteNull(name);
    }
}
