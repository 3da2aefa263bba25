namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>The UTF-16 byte order marks, so text evidence written as UTF-16 is not taken for binary.</summary>
internal static class ByteOrderMarks
{
    public static ReadOnlySpan<byte> Utf16LittleEndian => [0xFF, 0xFE];

    public static ReadOnlySpan<byte> Utf16BigEndian => [0xFE, 0xFF];

    public static bool IsUtf16(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf16LittleEndian) || bytes.StartsWith(Utf16BigEndian);
}
