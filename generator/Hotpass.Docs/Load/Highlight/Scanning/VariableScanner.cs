using System.Buffers;

namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>Variables written with a sigil: the shell's <c>$HOME</c>, <c>${name}</c>, <c>$1</c> and <c>$?</c>, SQL's
/// <c>@id</c> and <c>$1</c>.</summary>
/// <param name="sigils">Characters that start a variable.</param>
/// <param name="specials">Single characters that are a variable's whole name after a sigil (<c>$?</c>, <c>$#</c>).</param>
/// <param name="parens">Whether <c>$(NAME)</c> is a variable too (make's), up to the first <c>)</c>.</param>
internal sealed class VariableScanner(string sigils, string specials = "", bool parens = false)
{
    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private readonly SearchValues<char> _sigils = SearchValues.Create(sigils);
    private readonly SearchValues<char> _specials = SearchValues.Create(specials);

    public bool StartsAt(char ch) => _sigils.Contains(ch);

    /// <summary>Writes the variable at the cursor, if one starts there.</summary>
    public bool TryEmit(ref LineCursor c)
    {
        if (!_sigils.Contains(c.Peek())) return false;
        var next = c.Peek(1);
        if (next == '{' || (parens && next == '('))
        {
            var close = c.Find(next == '{' ? "}" : ")", 2);
            c.Emit(close < 0 ? c.Remaining : close + 3, TokenClasses.Variable);
            return true;
        }
        var name = c.While(NameChars, 1);
        if (name > 0)
        {
            c.Emit(name + 1, TokenClasses.Variable);
            return true;
        }
        if (next != '\0' && _specials.Contains(next))
        {
            c.Emit(2, TokenClasses.Variable);
            return true;
        }
        return false;
    }
}
