using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Hotpass.Docs.Steps.Search;

/// <summary>The index's JSON strings, encoded once per page while pages are indexed on all cores, so writing the index
/// copies bytes instead of escaping every snippet again (and <c>serve</c> keeps them with the page).</summary>
internal static class SearchJson
{
    // Escapes what is special in HTML and JavaScript but keeps letters of every script as they are, so non-English
    // text costs no more than it must.
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The strings as JSON string values separated by commas, as they stand inside an array.</summary>
    public static byte[] Strings(params ReadOnlySpan<string> values)
    {
        var encoded = new byte[values.Length][];
        var length = values.Length * 3 - 1;
        for (var i = 0; i < values.Length; i++) length += (encoded[i] = JsonEncodedText.Encode(values[i], Encoder).EncodedUtf8Bytes.ToArray()).Length;
        var json = new byte[length];
        var at = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            if (i > 0) json[at++] = (byte)',';
            json[at++] = (byte)'"';
            encoded[i].CopyTo(json, at);
            at += encoded[i].Length;
            json[at++] = (byte)'"';
        }
        return json;
    }

    /// <summary>A page's record: <c>[url,title,summary,[[heading,id,snippet],…]]</c>, from its strings and its sections' strings.</summary>
    public static byte[] Record(byte[] page, byte[][] sections)
    {
        var length = page.Length + 5 + sections.Sum(s => s.Length + 2) + Math.Max(0, sections.Length - 1);
        var json = new byte[length];
        var at = 0;
        json[at++] = (byte)'[';
        page.CopyTo(json, at);
        at += page.Length;
        json[at++] = (byte)',';
        json[at++] = (byte)'[';
        for (var i = 0; i < sections.Length; i++)
        {
            if (i > 0) json[at++] = (byte)',';
            json[at++] = (byte)'[';
            sections[i].CopyTo(json, at);
            at += sections[i].Length;
            json[at++] = (byte)']';
        }
        json[at++] = (byte)']';
        json[at++] = (byte)']';
        return json;
    }
}
