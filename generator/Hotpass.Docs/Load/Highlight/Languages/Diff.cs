using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Unified diffs: file headers, <c>@@</c> hunk ranges, added and removed lines. Inside a hunk the line counts
/// its header gives decide what a line is, so a removed line that reads <c>-- note</c> or <c>--- x</c> is not taken
/// for a header; past them (or without a header, as hand-written snippets are) the first character decides.</summary>
internal sealed class Diff : LanguageScanner
{
    // Header: between hunks; Hunk: Arg old lines and Outer new lines still to come.
    private const int Header = 0;
    private const int Hunk = 1;

    private static readonly string[] HeaderStarts =
    [
        "diff ", "index ", "--- ", "+++ ", "new file", "deleted file", "similarity ", "dissimilarity ", "rename ",
        "copy ", "old mode", "new mode", "Binary files", "Only in ",
    ];

    public static Diff Instance { get; } = new();

    public override LineState BeginLine(ref LineCursor c, LineState s)
    {
        var ch = c.Peek();
        if (s.Mode == Hunk && (s.Arg > 0 || s.Outer > 0))
        {
            switch (ch)
            {
                case '-' when s.Arg > 0:
                    c.EmitRest(TokenClasses.Deleted);
                    return s with { Arg = s.Arg - 1 };
                case '+' when s.Outer > 0:
                    c.EmitRest(TokenClasses.Inserted);
                    return s with { Outer = s.Outer - 1 };
                case ' ' or '\0' when s.Arg > 0 && s.Outer > 0:
                    c.EmitRest(null);
                    return s with { Arg = s.Arg - 1, Outer = s.Outer - 1 };
                case '\\':
                    c.EmitRest(TokenClasses.Comment);
                    return s;
            }
        }
        if (ch == '\\')
        {
            c.EmitRest(TokenClasses.Comment);
            return s;
        }
        if (c.Sees("@@ -")) return HunkHeader(ref c);
        foreach (var start in HeaderStarts)
        {
            if (start[0] != ch || !c.Sees(start)) continue;
            c.EmitRest(TokenClasses.Meta);
            return new LineState(Header);
        }
        c.EmitRest(ch switch { '+' => TokenClasses.Inserted, '-' => TokenClasses.Deleted, '<' => TokenClasses.Deleted, '>' => TokenClasses.Inserted, _ => null });
        return new LineState(Header);
    }

    public override LineState Next(ref LineCursor c, LineState s)
    {
        c.EmitRest(null);
        return s;
    }

    /// <summary><c>@@ -start,count +start,count @@ context</c>: the range is meta, the context after it plain.</summary>
    private static LineState HunkHeader(ref LineCursor c)
    {
        var at = 4;
        var old = Range(ref c, ref at);
        var added = c.Peek(at) == ' ' && c.Peek(at + 1) == '+' ? Range(ref c, ref at, 2) : -1;
        var close = c.Find("@@", at);
        c.Emit(close < 0 ? c.Remaining : at + close + 2, TokenClasses.Meta);
        c.EmitRest(null);
        return old < 0 || added < 0 ? new LineState(Header) : new LineState(Hunk, old, added);
    }

    /// <summary>Reads <c>start[,count]</c> at the offset (after <paramref name="skip"/> characters); the count, 1 when
    /// left out, or -1 when the range is not one.</summary>
    private static int Range(ref LineCursor c, ref int at, int skip = 0)
    {
        at += skip;
        var start = Digits(ref c, ref at);
        if (start < 0) return -1;
        if (c.Peek(at) != ',') return 1;
        at++;
        return Digits(ref c, ref at);
    }

    private static int Digits(ref LineCursor c, ref int at)
    {
        var value = 0;
        var from = at;
        while (char.IsAsciiDigit(c.Peek(at)) && at - from < 9) value = value * 10 + (c.Peek(at++) - '0');
        return at == from ? -1 : value;
    }
}
