using System.Net;

namespace Hotpass.Docs.Load.Html;

/// <summary>Finds <c>href</c>, <c>src</c>, <c>srcset</c> and <c>id</c> attributes in HTML the build produced, without
/// parsing it: Markdig, the templates and the sanitiser all write attribute values in double quotes and escape a
/// double quote in text as <c>&amp;quot;</c>, so <c>name="</c> only ever starts an attribute. A full HTML parser
/// per page would cost more than the whole render.</summary>
internal static class HtmlAttributeScanner
{
    /// <summary>Adds the attributes in <paramref name="html"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="into"/>.</summary>
    /// <param name="singleQuotes">Also accept single-quoted values: for raw HTML as an author wrote it.</param>
    /// <param name="floor">How far back an attribute's name and element may be looked for; <paramref name="start"/> when
    /// not given. Scanning a text in pieces gives what one scan gives when each piece starts where the last stopped.</param>
    /// <returns>False when the range ends inside an attribute value, or just after its <c>=</c>: the attribute is then
    /// not added, and a scan that goes on past <paramref name="end"/> would have found it.</returns>
    public static bool Scan(ReadOnlySpan<char> html, int start, int end, List<HtmlAttributeValue> into, bool singleQuotes = false, int? floor = null)
    {
        var lowest = floor ?? start;
        var i = start;
        // The last '<' before the current '=', found by looking back only as far as the previous lookup: looking back
        // to the floor for each href made one element with many hrefs quadratic.
        var open = -1;
        var openSearched = lowest;
        while (i < end)
        {
            var eq = html[i..end].IndexOf('=');
            if (eq < 0) return true;
            eq += i;
            if (eq + 1 >= end) return false;
            i = eq + 1;
            var quote = html[eq + 1];
            if (quote != '"' && !(singleQuotes && quote == '\'')) continue;
            var kind = NameBefore(html, eq, lowest);
            if (kind is null) continue;
            var close = html[(eq + 2)..end].IndexOf(quote);
            if (close < 0) return false;
            close += eq + 2;
            var raw = html[(eq + 2)..close];
            var value = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString();
            if (kind == HtmlAttributeKind.Href)
            {
                var last = html[openSearched..(eq + 1)].LastIndexOf('<');
                if (last >= 0) open = openSearched + last;
                openSearched = eq + 1;
                if (InBaseElement(html, open, eq)) kind = HtmlAttributeKind.BaseHref;
            }
            into.Add(new HtmlAttributeValue(kind.Value, value, eq));
            i = close + 1;
        }
        return true;
    }

    private static HtmlAttributeKind? NameBefore(ReadOnlySpan<char> html, int eq, int start)
    {
        var nameStart = eq;
        while (nameStart > start && (char.IsAsciiLetter(html[nameStart - 1]) || html[nameStart - 1] == '-')) nameStart--;
        if (nameStart == eq || nameStart == start || !char.IsWhiteSpace(html[nameStart - 1])) return null;
        var name = html[nameStart..eq];
        if (name.Equals("href", StringComparison.OrdinalIgnoreCase)) return HtmlAttributeKind.Href;
        if (name.Equals("src", StringComparison.OrdinalIgnoreCase)) return HtmlAttributeKind.Src;
        if (name.Equals("srcset", StringComparison.OrdinalIgnoreCase)) return HtmlAttributeKind.Srcset;
        if (name.Equals("id", StringComparison.OrdinalIgnoreCase)) return HtmlAttributeKind.Id;
        return null;
    }

    /// <summary>True when the element opened by the '&lt;' at <paramref name="open"/> (-1: none) is a &lt;base&gt; element.</summary>
    private static bool InBaseElement(ReadOnlySpan<char> html, int open, int at)
    {
        return open >= 0 && at - open > 5
            && html.Slice(open + 1, 4).Equals("base", StringComparison.OrdinalIgnoreCase)
            && char.IsWhiteSpace(html[open + 5]);
    }

    /// <summary>The URLs of a <c>srcset</c> value: each comma-separated candidate's first word.</summary>
    public static IEnumerable<string> SrcsetUrls(string srcset)
    {
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = candidate.IndexOfAny([' ', '\t', '\n']);
            yield return space < 0 ? candidate : candidate[..space];
        }
    }
}
