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
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            // What tells a later build this folder is ours to replace (OutputOwnership).
            json.WriteString("generator", "hotpass-docs");
            json.WriteNumber("version", Version);
            json.WriteString("algorithm", "sha256");
            json.WriteStartArray("files");
            foreach (var file in files.OrderBy(f => f.OutputPath, StringComparer.Ordinal))
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
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string KindName(OutputKind kind) => kind switch
    {
        OutputKind.Page => "page",
        OutputKind.Asset => "asset",
        _ => "generated",
    };
}
