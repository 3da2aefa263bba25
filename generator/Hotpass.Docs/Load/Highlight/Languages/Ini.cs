using System.Buffers;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>INI and similar <c>.cfg</c>/<c>.conf</c> files: <c>[section]</c>, <c>key = value</c> or <c>key: value</c>,
/// <c>;</c> and <c>#</c> comments; quoted values as strings, numbers and booleans told apart, other values plain.</summary>
internal sealed class Ini : LanguageScanner
{
    private static readonly SearchValues<char> KeyEnds = SearchValues.Create("=:");
    private static readonly SearchValues<char> ValueEnds = SearchValues.Create(" \t\"'");
    private static readonly StringRule[] Quotes = [new("\"", "\"", StringEscape.Backslash), new("'", "'", StringEscape.None)];
    private static readonly WordSet Booleans = WordSet.Of("true false yes no on off", ignoreCase: true);

    public static Ini Instance { get; } = new();

    public override LineState BeginLine(ref LineCursor c, LineState s)
    {
        c.Emit(c.WhileBlank(), null);
        var ch = c.Peek();
        if (ch is ';' or '#')
        {
            c.EmitRest(TokenClasses.Comment);
            return s;
        }
        if (ch == '[')
        {
            var close = c.Find("]");
            c.Emit(close < 0 ? c.Remaining : close + 1, TokenClasses.Type);
            return s;
        }
        var key = c.Until(KeyEnds);
        if (key == 0 || key == c.Remaining) return s;
        var name = c.Read(key).TrimEnd(" \t").Length;
        c.Emit(name, TokenClasses.Key);
        c.Emit(key - name, null);
        c.Emit(1, TokenClasses.Operator);
        return s;
    }

    public override LineState Next(ref LineCursor c, LineState s)
    {
        var ch = c.Peek();
        if (ch is ' ' or '\t')
        {
            c.Emit(c.WhileBlank(), null);
            if (c.Peek() is ';' or '#') c.EmitRest(TokenClasses.Comment);
            return s;
        }
        if (ch is '"' or '\'')
        {
            var rule = Quotes[ch == '"' ? 0 : 1];
            c.Emit(1, TokenClasses.Str);
            StringScanning.Continue(ref c, rule);
            return s;
        }
        var length = Math.Max(1, c.Until(ValueEnds));
        var text = c.Read(length);
        c.Emit(length, Booleans.Contains(text) ? TokenClasses.Constant : Yaml.IsNumber(text) ? TokenClasses.Number : null);
        return s;
    }
}
