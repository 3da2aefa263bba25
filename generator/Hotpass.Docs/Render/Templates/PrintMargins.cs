using System.Globalization;
using System.Text;

namespace Hotpass.Docs.Render.Templates;

/// <summary>The words printed in the margins of every sheet of a page: the site's name and as-of instant at the top,
/// the page's absolute URL at the foot (when the site's base URL is known), as a CSS <c>@page</c> rule. Margin boxes,
/// unlike a block in the page, repeat on every sheet and never cover the content.</summary>
internal static class PrintMargins
{
    /// <summary>The <c>@page</c> rule for one page; its text is escaped so nothing in a title or URL can end the
    /// string or the <c>&lt;style&gt;</c> element it is written into.</summary>
    public static string Css(string siteLine, string? url)
    {
        var css = new StringBuilder("@page { @top-left { content: ");
        AppendString(css, siteLine);
        css.Append("; }");
        if (url is not null)
        {
            css.Append(" @bottom-left { content: ");
            AppendString(css, url);
            css.Append("; }");
        }
        return css.Append(" }").ToString();
    }

    private static void AppendString(StringBuilder css, string text)
    {
        css.Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or ' ' or '.' or ',' or ':' or '/' or '-' or '_' or '?' or '=' or '#' or '~' or '+' or '(' or ')')
                css.Append((char)c);
            else
                css.Append('\\').Append(c.ToString("x", CultureInfo.InvariantCulture)).Append(' ');
        }
        css.Append('"');
    }
}
