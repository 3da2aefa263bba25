using System.Text;

namespace Hotpass.Docs.Text;

/// <summary>Makes untrusted text (messages quoting a fork's page, file names) inert inside GitHub-flavoured
/// markdown: no HTML, no links, no emphasis, and nothing that ends a table cell.</summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r' or '\n': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '|' or '#' or '!' or '~' or '@' or ':':
                    escaped.Append('\\').Append(c);
                    break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>A link whose visible text is escaped and whose target is percent-encoded where markdown would read it.</summary>
    public static string Link(string text, string url) =>
        $"[{Escape(text)}]({url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})";
}
