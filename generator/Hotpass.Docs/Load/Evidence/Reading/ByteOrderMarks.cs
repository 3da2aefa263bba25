namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>The UTF-16 byte order marks, so text evidence written as UTF-16 is not taken for binary.</summary>
internal static class ByteOrderMarks
{
    public static ReadOnlySpan<byte> Utf16LittleEndian => [0xFF, 0xFE];

    public static ReadOnlySpan<byte> Utf16BigEndian => [0xFE, 0xFF];

    public static bool IsUtf16(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf16LittleEndian) || bytes.StartsWith(Utf16BigEndian);

    /// <summary>The first character after the byte order mark and any blanks of UTF-16 text; NUL when there is none.</summary>
    public static char FirstUtf16Char(ReadOnlySpan<byte> bytes)
    {
        var encoding = bytes.StartsWith(Utf16LittleEndian) ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode;
        var head = encoding.GetString(bytes[2..Math.Min(bytes.Length, 2 + 256)]).TrimStart(' ', '\t', '\r', '\n');
        return head.Length == 0 ? '\0' : head[0];
    }
}
