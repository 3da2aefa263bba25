using System.Text;

namespace Hotpass.Docs.Urls;

/// <summary>Turns an output path made from file and folder names (untrusted input) into a relative URL: every
/// segment percent-encoded, so no name can read as a scheme (<c>javascript:alert(1).md</c> becomes
/// <c>javascript%3Aalert(1).html</c>) or break the link with <c>#</c>, <c>?</c>, <c>%</c>, <c>\</c>, spaces,
/// control characters or non-ASCII.</summary>
internal static class UrlEncoding
{
    /// <summary>The relative URL of <paramref name="outputPath"/> ('/'-separated), safe to put after a root prefix.</summary>
    public static string Href(string outputPath)
    {
        if (outputPath.All(IsKept)) return outputPath; // the usual case: no allocation
        var text = new StringBuilder(outputPath.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < outputPath.Length; i++)
        {
            var c = outputPath[i];
            if (IsKept(c)) { text.Append(c); continue; }
            var rune = Rune.TryGetRuneAt(outputPath, i, out var r) ? r : Rune.ReplacementChar;
            if (rune.Utf16SequenceLength == 2) i++;
            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length]) text.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
        }
        return text.ToString();
    }

    /// <summary>The relative URL of <paramref name="outputPath"/> with each segment escaped as URI data: everything
    /// outside RFC 3986's unreserved characters is percent-encoded, the sub-delimiters <see cref="Href"/> keeps too
    /// (<c>(</c> becomes <c>%28</c>). Evidence links and the diff's preview links have always been written so; making
    /// them <see cref="Href"/> would change the bytes of pages whose names hold such characters.</summary>
    public static string HrefEscapingAll(string outputPath) => string.Join('/', outputPath.Split('/').Select(Uri.EscapeDataString));

    private const string Hex = "0123456789ABCDEF";

    // RFC 3986 unreserved characters, '/' between segments, and the sub-delimiters that are harmless in a quoted
    // attribute; ':' is deliberately not kept, which is what stops a first segment ever reading as a scheme.
    private static bool IsKept(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '@';
}
