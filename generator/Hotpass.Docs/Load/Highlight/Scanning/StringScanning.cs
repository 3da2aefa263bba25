namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>Scanning a string literal's body, shared by every language that has them.</summary>
internal static class StringScanning
{
    /// <summary>Writes the body from the cursor up to and including its close, or to the end of the line. Returns
    /// whether it closed. A variable inside (the shell's <c>"$HOME"</c>) is written by <paramref name="variable"/>.</summary>
    public static bool Continue(ref LineCursor c, StringRule rule, VariableScanner? variable = null)
    {
        while (!c.AtEnd)
        {
            var n = c.Until(rule.Stops);
            c.Emit(n, rule.Class);
            if (c.AtEnd) break;
            var ch = c.Peek();
            if (ch == rule.Close[0] && c.Sees(rule.Close))
            {
                if (rule.Escape == StringEscape.DoubledClose && c.Sees(rule.Close, rule.Close.Length))
                {
                    c.Emit(rule.Close.Length * 2, rule.Class == TokenClasses.Str ? TokenClasses.Constant : rule.Class);
                    continue;
                }
                c.Emit(rule.Close.Length, rule.Class);
                return true;
            }
            if (ch == rule.EscapeChar && rule.Escapes)
            {
                var escaped = Math.Min(EscapeLength(ref c), c.Remaining);
                c.Emit(escaped, rule.Escape == StringEscape.Backslash && rule.Class == TokenClasses.Str ? TokenClasses.Constant : rule.Class);
                continue;
            }
            if (ch == rule.Sigil && variable is not null && variable.TryEmit(ref c)) continue;
            c.Emit(1, rule.Class);
        }
        return false;
    }

    /// <summary>The length from the cursor of a string that closes on this line (opening included), or -1; writes nothing.</summary>
    public static int MeasureClosed(ref LineCursor c, StringRule rule)
    {
        var at = rule.Open.Length;
        while (at < c.Remaining)
        {
            at += c.Until(rule.Stops, at);
            if (at >= c.Remaining) return -1;
            var ch = c.Peek(at);
            if (ch == rule.Close[0] && c.Sees(rule.Close, at))
            {
                if (rule.Escape == StringEscape.DoubledClose && c.Sees(rule.Close, at + rule.Close.Length))
                {
                    at += rule.Close.Length * 2;
                    continue;
                }
                return at + rule.Close.Length;
            }
            at += ch == rule.EscapeChar && rule.Escapes ? 2 : 1;
        }
        return -1;
    }

    /// <summary>A backslash and what it escapes: one character, or the hex digits of <c>\x41</c>, <c>\u0041</c>, <c>\U0001F600</c>.</summary>
    private static int EscapeLength(ref LineCursor c)
    {
        var digits = c.Peek(1) switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        var n = 0;
        while (n < digits && char.IsAsciiHexDigit(c.Peek(2 + n))) n++;
        return 2 + n;
    }
}
