using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hotpass.Docs.Write;

/// <summary>Writes <c>manifest.json</c>: every other written file with its path, kind, size and SHA-256, in ordinal
/// order of path, so two builds can be compared and a copy of the site verified.</summary>
public static class ManifestJson
{
    public const string FileName = "manifest.json";

    /// <summary>Bumped when the shape changes.</summary>
    public const int Version = 1;

    public static byte[] Write(IEnumerable<WrittenFile> files)
    {
        var ordered = files.ToList();
        // The pipeline passes its files already in order; sorting again would cost more than checking.
        if (!IsOrdered(ordered)) ordered.Sort((a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
        using var stream = new PooledBufferWriter(256 + ordered.Sum(f => 160 + f.OutputPath.Length));
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            // What tells a later build this folder is ours to replace (OutputOwnership).
            json.WriteString("generator", "hotpass-docs");
            json.WriteNumber("version", Version);
            json.WriteString("algorithm", "sha256");
            json.WriteStartArray("files");
            foreach (var file in ordered)
            {
                json.WriteStartObject();
                json.WriteString("path", file.OutputPath);
                json.WriteString("kind", KindName(file.Kind));
                json.WriteNumber("size", file.Size);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.Write("\n"u8);
        return stream.WrittenSpan.ToArray();
    }

    private static bool IsOrdered(List<WrittenFile> files)
    {
        for (var i = 1; i < files.Count; i++)
            if (string.CompareOrdinal(files[i - 1].OutputPath, files[i].OutputPath) > 0) return false;
        return true;
    }

    private static string KindName(OutputKind kind) => kind switch
    {
        OutputKind.Page => "page",
        OutputKind.Asset => "asset",
        _ => "generated",
    };
}
