using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Hotpass.Docs.Load;

/// <summary>Turns file bytes into text: strips a UTF-8 BOM, finds the first invalid byte, and folds CRLF and CR to LF.</summary>
internal static class SourceDecoder
{
    public static SourceText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
                return new SourceText(NormaliseLineEnds(new string(chars, 0, written)), null);
            // Decoding again with replacement keeps the rest of the page usable so later checks still run.
            return new SourceText(NormaliseLineEnds(Encoding.UTF8.GetString(bytes)), Locate(bytes, read));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static string NormaliseLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;

    private static InvalidByteInfo Locate(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if (bytes[i] == (byte)'\r') { if (i + 1 >= offset || bytes[i + 1] != (byte)'\n') { line++; column = 1; } }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new InvalidByteInfo(bytes[offset], line, column);
    }
}
