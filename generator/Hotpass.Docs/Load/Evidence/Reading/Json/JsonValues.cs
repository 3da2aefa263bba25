using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Hotpass.Docs.Load.Evidence.Reading.Json;

/// <summary>The one set of accessors every JSON evidence reader reads values through. A value of another type than the
/// reader expects reads as null (or is skipped in a list), and nothing that System.Text.Json accepts as valid JSON makes
/// them throw: a lone surrogate escape (<c>"\ud800"</c>) or an invalid UTF-8 byte in a string reads as U+FFFD. Numbers
/// are only ever read as their own text (<see cref="TextOrNumber"/>) or as a whole number that fits a long
/// (<see cref="JsonDoc.Long"/>), never as a double, so <c>1e400</c> or <c>18446744073709551616</c> read as no number.</summary>
internal static class JsonValues
{
    /// <summary>The string, or null when the value is not a string.</summary>
    public static string? Text(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String) return null;
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return Unescape(JsonMarshal.GetRawUtf8Value(element)[1..^1]); // the raw value keeps its quotes
        }
    }

    /// <summary>The string or property name the reader stands on, or null when it stands on another token.</summary>
    public static string? Text(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) return null;
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return Unescape(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        }
    }

    /// <summary>A property's name, decoded as <see cref="Text(JsonElement)"/> decodes strings.</summary>
    public static string Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return Unescape(JsonMarshal.GetRawUtf8PropertyName(property));
        }
    }

    /// <summary>A string as written, or a number's own text (<c>"version": 2</c>); null for any other value.</summary>
    public static string? TextOrNumber(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number ? element.GetRawText() : Text(element);

    /// <summary>The strings of an array, skipping items that are not strings; nothing when the value is not an array.</summary>
    public static IEnumerable<string> Strings(JsonElement? array)
    {
        if (array is not { ValueKind: JsonValueKind.Array } items) yield break;
        foreach (var item in items.EnumerateArray())
            if (Text(item) is { } text) yield return text;
    }

    /// <summary>Decodes a string's raw UTF-8 bytes (without quotes) the way <c>GetString</c> would, except that invalid
    /// UTF-8 and lone surrogates become U+FFFD instead of an exception. The reader has already checked the escapes.</summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw); // invalid UTF-8 → U+FFFD
        var chars = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                chars.Append(c);
                continue;
            }
            var e = text[++i];
            if (e == 'u' && i + 4 < text.Length
                && ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                chars.Append((char)code);
                i += 4;
                continue;
            }
            chars.Append(e switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => e, // \" \\ \/
            });
        }
        return WithoutLoneSurrogates(chars);
    }

    private static string WithoutLoneSurrogates(StringBuilder chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return chars.ToString();
    }
}
