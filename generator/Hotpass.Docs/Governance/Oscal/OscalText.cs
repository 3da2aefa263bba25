using System.Text;

namespace Hotpass.Docs.Governance.Oscal;

/// <summary>OSCAL's string types, made from page text: a string value may not be empty, start or end with white space
/// or span lines, and a token (an id OSCAL refers to) is an XML NCName.</summary>
internal static class OscalText
{
    /// <summary>White space runs (line breaks included) become one space, ends trimmed; null when nothing is left.</summary>
    public static string? Value(string? text)
    {
        if (text is null) return null;
        var flat = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch)) space = flat.Length > 0;
            else
            {
                if (space) flat.Append(' ');
                space = false;
                flat.Append(ch);
            }
        }
        return flat.Length == 0 ? null : flat.ToString();
    }

    /// <summary>An NCName from an id: characters other than letters, digits, '.', '-' and '_' become '_', and a name
    /// that does not start with a letter or '_' gets a leading '_'. The id itself is kept in a prop beside it.</summary>
    public static string Token(string id)
    {
        var token = new StringBuilder(id.Length + 1);
        foreach (var ch in id) token.Append(char.IsLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '_');
        if (token.Length == 0 || !(char.IsLetter(token[0]) || token[0] == '_')) token.Insert(0, '_');
        return token.ToString();
    }
}
