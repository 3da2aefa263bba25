using System.Text;

namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Turns a descriptor's title into a SARIF rule name: an ASCII PascalCase identifier
/// (<c>Unknown Diátaxis type</c> → <c>UnknownDiataxisType</c>).</summary>
internal static class SarifRuleName
{
    // The tool runs with invariant globalization, where string.Normalize cannot decompose accents, so Latin-1's
    // accented letters (U+00C0–U+00FF) are folded by table; '\0' marks the two that are not letters (× and ÷).
    private const string Latin1Letters = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";

    public static string FromTitle(string title)
    {
        var name = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var raw in title)
        {
            var c = raw is >= '\u00C0' and <= '\u00FF' ? Latin1Letters[raw - '\u00C0'] : raw;
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            // Other letters (outside Latin-1) are dropped without ending the word; anything else separates words.
            else if (c == '\0' || !char.IsLetter(c))
            {
                startOfWord = true;
            }
        }
        // An identifier cannot start with a digit.
        if (name.Length > 0 && char.IsAsciiDigit(name[0])) name.Insert(0, '_');
        return name.ToString();
    }
}
