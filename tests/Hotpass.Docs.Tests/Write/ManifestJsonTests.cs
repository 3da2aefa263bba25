using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Write;

/// <summary><c>manifest.json</c> is written entry by entry, as <see cref="Utf8JsonWriter"/> would write it indented, and a
/// rebuild that reuses the previous build's entries writes the same bytes.</summary>
public sealed class ManifestJsonTests
{
    private static readonly WrittenFile[] Files =
    [
        new("404.html", OutputKind.Generated, 21798, new string('a', 64)),
        new("how-to/\"quoted\" & <odd>.html", OutputKind.Page, 0, new string('b', 64)),
        new("reference/naïve café\\back.html", OutputKind.Page, 12, new string('c', 64)),
        new("z/asset.png", OutputKind.Asset, 4_000_000_000, new string('d', 64)),
    ];

    [Fact]
    public void Entries_are_written_as_the_json_writer_indents_them()
    {
        Assert.Equal(Reference(Files), Encoding.UTF8.GetString(ManifestJson.Write(Files.Reverse())));
        Assert.Equal(Reference([]), Encoding.UTF8.GetString(ManifestJson.Write([])));
    }

    [Fact]
    public void A_rebuild_reusing_the_previous_entries_writes_the_same_bytes()
    {
        var first = new StepMemos(null);
        var before = ManifestJson.Write(Files, first);
        var changed = Files.Select(f => f.OutputPath == "404.html" ? f with { Size = 1 } : f).ToArray();
        var after = ManifestJson.Write(changed, new StepMemos(first.Kept));
        Assert.Equal(ManifestJson.Write(changed), after);
        Assert.NotEqual(before, after);
    }

    /// <summary>The manifest as the writer's indented output gives it, with '\n' line breaks.</summary>
    private static string Reference(IEnumerable<WrittenFile> files)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "hotpass-docs");
            json.WriteNumber("version", ManifestJson.Version);
            json.WriteString("algorithm", "sha256");
            json.WriteStartArray("files");
            foreach (var file in files.OrderBy(f => f.OutputPath, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", file.OutputPath);
                json.WriteString("kind", file.Kind switch { OutputKind.Page => "page", OutputKind.Asset => "asset", _ => "generated" });
                json.WriteNumber("size", file.Size);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
