using System.Buffers;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>YAML: keys (plain and quoted, in block and flow mappings), plain scalars told apart as numbers, constants
/// or strings, quoted scalars over lines, <c>|</c>/<c>&gt;</c> block scalars (their lines are text while they are
/// indented past the line that opened them), anchors, aliases, tags, comments and document markers.</summary>
internal sealed class Yaml : LanguageScanner
{
    // Block: Arg is the line's indentation; BlockScalar: Arg is the opening line's indentation; Quoted: Arg is the
    // quote rule. Outer is the depth of flow collections ([…], {…}) open.
    private const int Block = 0;
    private const int BlockScalar = 1;
    private const int Quoted = 2;

    private static readonly StringRule[] Quotes =
    [
        new("\"", "\"", StringEscape.Backslash, MultiLine: true),
        new("'", "'", StringEscape.DoubledClose, MultiLine: true),
    ];

    private static readonly WordSet Constants = WordSet.Of("true false null yes no on off ~", ignoreCase: true);
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" ");
    private static readonly SearchValues<char> BlockModifiers = SearchValues.Create("+-0123456789");
    private static readonly SearchValues<char> NameEnds = SearchValues.Create(" \t,[]{}");
    private static readonly SearchValues<char> FlowIndicators = SearchValues.Create(",[]{}");

    public static Yaml Instance { get; } = new();

    public override LineState BeginLine(ref LineCursor c, LineState s)
    {
        if (s.Mode == Quoted) return s;
        var indent = c.While(Spaces);
        if (s.Mode == BlockScalar)
        {
            if (indent == c.Remaining || indent > s.Arg)
            {
                c.EmitRest(TokenClasses.Str);
                return s;
            }
            s = new LineState(Block);
        }
        c.Emit(indent, null);
        if (indent == 0 && s.Outer == 0)
        {
            if ((c.Sees("---") || c.Sees("...")) && c.Peek(3) is '\0' or ' ' or '\t') c.Emit(3, TokenClasses.Meta);
            else if (c.Peek() == '%') c.EmitRest(TokenClasses.Meta);
        }
        return s with { Arg = indent };
    }

    public override LineState Next(ref LineCursor c, LineState s)
    {
        if (s.Mode == Quoted)
        {
            return StringScanning.Continue(ref c, Quotes[s.Arg]) ? new LineState(Block, 0, s.Outer) : s;
        }
        var ch = c.Peek();
        var flow = s.Outer > 0;
        switch (ch)
        {
            case ' ' or '\t':
                c.Emit(c.WhileBlank(), null);
                return s;
            case '#' when c.Peek(-1) is '\0' or ' ' or '\t':
                c.EmitRest(TokenClasses.Comment);
                return s;
            case '[' or '{':
                c.Emit(1, null);
                return s with { Outer = s.Outer + 1 };
            case ']' or '}':
                c.Emit(1, null);
                return s with { Outer = Math.Max(0, s.Outer - 1) };
            case ',' when flow:
                c.Emit(1, null);
                return s;
            case '-' or '?' or ':' when EndsIndicator(ref c, 1, flow):
                c.Emit(1, null);
                return s;
            case '&' or '*' when !EndsIndicator(ref c, 1, flow):
                c.Emit(1 + c.Until(NameEnds, 1), TokenClasses.Variable);
                return s;
            case '!':
                c.Emit(c.Until(NameEnds), TokenClasses.Type);
                return s;
            case '|' or '>' when !flow && OpensBlockScalar(ref c):
                c.Emit(1 + c.While(BlockModifiers, 1), TokenClasses.Operator);
                c.Emit(c.WhileBlank(), null);
                if (!c.AtEnd) c.EmitRest(TokenClasses.Comment);
                return new LineState(BlockScalar, s.Arg);
            case '"' or '\'':
                return QuotedScalar(ref c, s, ch == '"' ? 0 : 1);
            default:
                return PlainScalar(ref c, s, flow);
        }
    }

    private static LineState QuotedScalar(ref LineCursor c, LineState s, int rule)
    {
        var length = StringScanning.MeasureClosed(ref c, Quotes[rule]);
        if (length > 0)
        {
            var after = length + c.WhileBlank(length);
            if (c.Peek(after) == ':' && EndsIndicator(ref c, after + 1, s.Outer > 0))
            {
                c.Emit(length, TokenClasses.Key);
                return s;
            }
        }
        c.Emit(1, TokenClasses.Str);
        return StringScanning.Continue(ref c, Quotes[rule]) ? s : new LineState(Quoted, rule, s.Outer);
    }

    /// <summary>A plain scalar runs to a <c>: </c> (then it was a key), a <c> #</c> comment, the line's end, or in a flow
    /// collection a <c>,</c> or bracket.</summary>
    private static LineState PlainScalar(ref LineCursor c, LineState s, bool flow)
    {
        var n = 0;
        var key = false;
        while (n < c.Remaining)
        {
            var ch = c.Peek(n);
            if (ch == ':' && EndsIndicator(ref c, n + 1, flow)) { key = true; break; }
            if (ch == '#' && n > 0 && c.Peek(n - 1) is ' ' or '\t') break;
            if (flow && FlowIndicators.Contains(ch)) break;
            n++;
        }
        var text = c.Read(n).TrimEnd(" \t");
        var length = Math.Max(1, text.Length);
        c.Emit(length, key ? TokenClasses.Key : Classify(text));
        return s;
    }

    private static string Classify(ReadOnlySpan<char> text) =>
        Constants.Contains(text) ? TokenClasses.Constant : IsNumber(text) ? TokenClasses.Number : TokenClasses.Str;

    /// <summary>YAML 1.2 core-schema numbers: <c>12</c>, <c>-1.5e3</c>, <c>0x1F</c>, <c>0o17</c>, <c>.inf</c>, <c>.nan</c>.</summary>
    internal static bool IsNumber(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is '+' or '-') text = text[1..];
        if (text is ".inf" or ".Inf" or ".INF" or ".nan" or ".NaN" or ".NAN") return true;
        if (text.Length > 2 && text[0] == '0' && text[1] is 'x' or 'o')
            return !text[2..].ContainsAnyExcept(text[1] == 'x' ? "0123456789abcdefABCDEF_" : "01234567_");
        var digits = 0;
        var i = 0;
        for (; i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '_'); i++) digits++;
        if (i < text.Length && text[i] == '.')
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++) digits++;
        if (digits == 0) return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            var exponent = i;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++) { }
            if (i == exponent) return false;
        }
        return i == text.Length;
    }

    /// <summary>Whether an indicator (<c>-</c>, <c>:</c>) is followed by what makes it one: a blank or the line's end,
    /// or in a flow collection a <c>,</c> or bracket.</summary>
    private static bool EndsIndicator(ref LineCursor c, int offset, bool flow)
    {
        var next = c.Peek(offset);
        return next is '\0' or ' ' or '\t' || (flow && FlowIndicators.Contains(next));
    }

    /// <summary>Whether the <c>|</c> or <c>&gt;</c> at the cursor is followed only by modifiers, blanks and a comment.</summary>
    private static bool OpensBlockScalar(ref LineCursor c)
    {
        var n = 1 + c.While(BlockModifiers, 1);
        n += c.WhileBlank(n);
        var next = c.Peek(n);
        return next == '\0' || (next == '#' && c.Peek(n - 1) is ' ' or '\t');
    }
}
