using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Writes indented JSON to a text writer, keeping non-ASCII text readable.</summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) write(json);
        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
