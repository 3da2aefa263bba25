using System.Buffers;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>TOML: <c>[table]</c> and <c>[[array]]</c> headers, bare, quoted and dotted keys (in inline tables too), the
/// four string kinds (multi-line ones over lines), numbers and dates, booleans, comments. Arrays may span lines, so
/// a <c>[</c> starting a line inside one is a value, not a header.</summary>
internal sealed class Toml : LanguageScanner
{
    // Value: Arg is the depth of arrays open; InString: Arg is the string rule, Outer the array depth.
    private const int Value = 0;
    private const int InString = 1;

    private static readonly StringRule[] Strings =
    [
        new("\"\"\"", "\"\"\"", StringEscape.Backslash, MultiLine: true),
        new("'''", "'''", StringEscape.None, MultiLine: true),
        new("\"", "\"", StringEscape.Backslash),
        new("'", "'", StringEscape.None),
    ];

    private static readonly SearchValues<char> BareKey =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
    private static readonly SearchValues<char> Literal =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+:.");
    private static readonly WordSet Booleans = WordSet.Of("true false");
    private static readonly WordSet Specials = WordSet.Of("inf nan +inf -inf +nan -nan");

    public static Toml Instance { get; } = new();

    public override LineState BeginLine(ref LineCursor c, LineState s)
    {
        if (s.Mode != Value || s.Arg > 0) return s;
        c.Emit(c.WhileBlank(), null);
        if (c.Peek() != '[') return s;
        var close = c.Find("]");
        var length = close < 0 ? c.Remaining : close + 1;
        if (c.Peek(length) == ']') length++;
        c.Emit(length, TokenClasses.Type);
        return s;
    }

    public override LineState Next(ref LineCursor c, LineState s)
    {
        if (s.Mode == InString)
        {
            return StringScanning.Continue(ref c, Strings[s.Arg]) ? new LineState(Value, s.Outer) : s;
        }
        var ch = c.Peek();
        switch (ch)
        {
            case ' ' or '\t':
                c.Emit(c.WhileBlank(), null);
                return s;
            case '#':
                c.EmitRest(TokenClasses.Comment);
                return s;
            case '[':
                c.Emit(1, null);
                return s with { Arg = s.Arg + 1 };
            case ']':
                c.Emit(1, null);
                return s with { Arg = Math.Max(0, s.Arg - 1) };
            case '"' or '\'':
                return QuotedString(ref c, s);
            case '.' or ',' or '=' or '{' or '}':
                c.Emit(1, null);
                return s;
        }
        var bare = c.While(BareKey);
        if (bare > 0 && FollowedByKeySeparator(ref c, bare))
        {
            c.Emit(bare, TokenClasses.Key);
            return s;
        }
        var literal = c.While(Literal);
        if (literal == 0) return s;
        var text = c.Read(literal);
        c.Emit(literal, Booleans.Contains(text) ? TokenClasses.Constant
            : Specials.Contains(text) || char.IsAsciiDigit(text[0]) || (text.Length > 1 && text[0] is '+' or '-' && char.IsAsciiDigit(text[1])) ? TokenClasses.Number
            : null);
        return s;
    }

    private static LineState QuotedString(ref LineCursor c, LineState s)
    {
        for (var i = 0; i < Strings.Length; i++)
        {
            var rule = Strings[i];
            if (!c.Sees(rule.Open)) continue;
            if (!rule.MultiLine)
            {
                var length = StringScanning.MeasureClosed(ref c, rule);
                if (length > 0 && FollowedByKeySeparator(ref c, length))
                {
                    c.Emit(length, TokenClasses.Key);
                    return s;
                }
            }
            c.Emit(rule.Open.Length, TokenClasses.Str);
            return StringScanning.Continue(ref c, rule) || !rule.MultiLine ? s : new LineState(InString, i, s.Arg);
        }
        return s;
    }

    /// <summary>Whether a key part ends here: the next non-blank is <c>=</c>, or a <c>.</c> before another key part.</summary>
    private static bool FollowedByKeySeparator(ref LineCursor c, int offset)
    {
        var at = offset + c.WhileBlank(offset);
        var next = c.Peek(at);
        if (next == '=') return true;
        if (next != '.') return false;
        var after = c.Peek(at + 1 + c.WhileBlank(at + 1));
        return char.IsAsciiLetter(after) || after is '_' or '"' or '\'';
    }
}
