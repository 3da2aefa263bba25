using System.Text.Json;

namespace Hotpass.Docs.Write;

/// <summary>Reads the <c>manifest.json</c> a build wrote (<see cref="ManifestJson"/>) back into its entries, for the
/// commands that read a built site: <c>diff</c> and <c>verify</c>.</summary>
internal static class ManifestReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The entries keyed by path, or null with <paramref name="problem"/> saying why <paramref name="site"/> is
    /// not a build this tool reads (no version and files, another generator, another manifest version).</summary>
    public static Dictionary<string, ManifestFile>? Read(ReadOnlyMemory<byte> json, string site, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
                return Fail($"'{site}' is not a hotpass-docs build: its {ManifestJson.FileName} has no version and files", out problem);
            if (root.TryGetProperty("generator", out var generator) && generator.GetString() != "hotpass-docs")
                return Fail($"'{site}' is not a hotpass-docs build: its manifest was written by '{generator}'", out problem);
            if (!version.TryGetInt32(out var number) || number != ManifestJson.Version)
            {
                var age = number < ManifestJson.Version ? "an older" : "a newer";
                return Fail($"'{site}' was built by {age} hotpass-docs (manifest version {version}; this one reads version {ManifestJson.Version}): rebuild it with this version", out problem);
            }
            var entries = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateArray())
            {
                var entry = new ManifestFile(Text(file, "path"), Text(file, "kind"), Size(file), Text(file, "sha256"));
                entries[entry.Path] = entry;
            }
            return entries;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return Fail($"'{site}' is not a readable hotpass-docs build: its {ManifestJson.FileName}: {e.Message}", out problem);
        }
    }

    /// <summary>A field a build always writes as a string; anything else (null, a number, absent) means the file is
    /// not a build's.</summary>
    internal static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"'{name}' is missing or not a string");

    private static long Size(JsonElement element) =>
        element.TryGetProperty("size", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var size) && size >= 0
            ? size
            : throw new FormatException("'size' is missing or not a whole number");

    private static Dictionary<string, ManifestFile>? Fail(string message, out string? problem)
    {
        problem = message;
        return null;
    }
}
