using System.Buffers;

namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>How a string literal inside one string is escaped.</summary>
internal enum StringEscape
{
    /// <summary>Nothing is escaped: the first close ends it (shell <c>'…'</c>, C# raw <c>"""…"""</c>).</summary>
    None,

    /// <summary>A backslash escapes the next character, shown as an escape.</summary>
    Backslash,

    /// <summary>A backslash keeps the next character from closing the string but is not an escape (Python <c>r"…"</c>).</summary>
    BackslashRaw,

    /// <summary>The close written twice is one close character (SQL <c>'it''s'</c>, C# <c>@"say ""hi"""</c>).</summary>
    DoubledClose,
}

/// <summary>One kind of string literal: how it opens and closes, how it escapes, whether it runs past the end of a line,
/// and which prefix words may come before it (Python's <c>r</c>, <c>b</c>, <c>f</c>).</summary>
/// <param name="Class">The token class of its text (null for plain, as SQL's quoted identifiers).</param>
/// <param name="Prefixes">Words that must come straight before <paramref name="Open"/>; null when none may.</param>
/// <param name="Sigil">A character that starts a variable inside it (the shell's <c>$</c>), or <c>'\0'</c>.</param>
/// <param name="EscapeChar">The character a <see cref="StringEscape.Backslash"/> or <see cref="StringEscape.BackslashRaw"/>
/// escape starts with: a backslash, or PowerShell's backtick.</param>
internal sealed record StringRule(
    string Open, string Close, StringEscape Escape = StringEscape.Backslash, bool MultiLine = false,
    string? Class = TokenClasses.Str, WordSet? Prefixes = null, char Sigil = '\0', char EscapeChar = '\\')
{
    /// <summary>Whether a character escapes the next one inside it.</summary>
    public bool Escapes => Escape is StringEscape.Backslash or StringEscape.BackslashRaw;

    /// <summary>The characters at which scanning its body has to stop and look.</summary>
    public SearchValues<char> Stops { get; } = SearchValues.Create(
        Close[..1] + (Escape is StringEscape.Backslash or StringEscape.BackslashRaw ? EscapeChar.ToString() : "") + (Sigil != '\0' ? Sigil.ToString() : ""));
}
