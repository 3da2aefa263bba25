using System.Text.Json;

namespace Hotpass.Docs.Write;

/// <summary>Decides whether a folder may be replaced by a build: only one this tool made (its top-level
/// <c>manifest.json</c> is a JSON object whose <c>"generator"</c> is <c>"hotpass-docs"</c>), an empty one, or a
/// missing one. Anything else belongs to someone else and is never deleted without <c>--force</c>.</summary>
internal static class OutputOwnership
{
    public const string ManifestFile = "manifest.json";
    public const string GeneratorName = "hotpass-docs";

    /// <summary>A manifest larger than this is not one of ours; reading it whole would be a way to exhaust memory.</summary>
    private const long MaxManifestBytes = 256L * 1024 * 1024;

    public static bool MayReplace(string outDir)
    {
        if (!Directory.Exists(outDir)) return !File.Exists(outDir) && !IsLink(outDir);
        if (IsLink(outDir)) return false;
        return !Directory.EnumerateFileSystemEntries(outDir).Any() || IsOurs(outDir);
    }

    /// <summary>True when <paramref name="dir"/> holds a <c>manifest.json</c> naming this tool as its generator.</summary>
    public static bool IsOurs(string dir)
    {
        var manifest = new FileInfo(Path.Combine(dir, ManifestFile));
        if (!manifest.Exists || manifest.LinkTarget is not null || manifest.Length > MaxManifestBytes) return false;
        try
        {
            using var stream = manifest.OpenRead();
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("generator", out var generator)
                && generator.ValueKind == JsonValueKind.String
                && generator.GetString() == GeneratorName;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Leaves the smallest valid mark of ownership in a finished staging folder, unless the build already
    /// wrote a fuller <c>manifest.json</c>, so the next build knows it may replace this one.</summary>
    public static void Mark(string stagingDir)
    {
        var path = Path.Combine(stagingDir, ManifestFile);
        if (!File.Exists(path)) File.WriteAllText(path, "{\"generator\": \"" + GeneratorName + "\"}\n");
    }

    private static bool IsLink(string path) => new DirectoryInfo(path).LinkTarget is not null;
}
