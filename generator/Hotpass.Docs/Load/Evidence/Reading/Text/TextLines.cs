using System.Text;

namespace Hotpass.Docs.Load.Evidence.Reading.Text;

/// <summary>Splits a text evidence file into lines (LF or CRLF), skipping a UTF-8 BOM.</summary>
internal static class TextLines
{
    public static IEnumerable<string> Of(ReadOnlyMemory<byte> bytes)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(JsonBody(bytes)));
        while (reader.ReadLine() is { } line) yield return line;
    }

    private static byte[] JsonBody(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith("\uFEFF"u8) ? bytes.Span[3..].ToArray() : bytes.ToArray();
}
