using System.Globalization;
using System.Text;

namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Turns a descriptor's title into a SARIF rule name: an ASCII PascalCase identifier
/// (<c>Unknown Diátaxis type</c> → <c>UnknownDiataxisType</c>).</summary>
internal static class SarifRuleName
{
    public static string FromTitle(string title)
    {
        var name = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            // Accents decompose into a base letter and a combining mark; dropping the mark folds to ASCII.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (!char.IsAsciiLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }
            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }
        // An identifier cannot start with a digit.
        if (name.Length > 0 && char.IsAsciiDigit(name[0])) name.Insert(0, '_');
        return name.ToString();
    }
}
