using System.Buffers;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>XML and HTML: tag names, attribute names and values, comments, CDATA, processing instructions and
/// declarations, entities. Comments, CDATA, tags and attribute values may run over lines.</summary>
internal sealed class Xml : LanguageScanner
{
    private const int Text = 0;
    private const int Comment = 1;
    private const int CData = 2;
    private const int Instruction = 3;
    private const int Declaration = 4;
    private const int InTag = 5;
    private const int InValue = 6; // Arg is the quote character

    private static readonly SearchValues<char> NameStarts =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_:");
    private static readonly SearchValues<char> NameParts =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.-");
    private static readonly SearchValues<char> EntityParts =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#");
    private static readonly SearchValues<char> TextEnds = SearchValues.Create("<&");
    private static readonly SearchValues<char> UnquotedEnds = SearchValues.Create(" \t>");

    public static Xml Instance { get; } = new();

    public override LineState Next(ref LineCursor c, LineState s) => s.Mode switch
    {
        Comment => Until(ref c, "-->", TokenClasses.Comment, s),
        CData => Until(ref c, "]]>", TokenClasses.Str, s),
        Instruction => Until(ref c, "?>", TokenClasses.Meta, s),
        Declaration => Until(ref c, ">", TokenClasses.Meta, s),
        InTag => Tag(ref c),
        InValue => Value(ref c, (char)s.Arg),
        _ => TextOrMarkup(ref c),
    };

    private static LineState TextOrMarkup(ref LineCursor c)
    {
        var ch = c.Peek();
        if (ch == '&')
        {
            var name = c.While(EntityParts, 1);
            if (name > 0 && c.Peek(1 + name) == ';') c.Emit(name + 2, TokenClasses.Constant);
            else c.Emit(1, null);
            return new LineState(Text);
        }
        if (ch != '<')
        {
            c.Emit(c.Until(TextEnds), null);
            return new LineState(Text);
        }
        var second = c.Peek(1);
        if (second == '!')
        {
            if (c.Sees("<!--")) return Opened(ref c, 4, TokenClasses.Comment, Comment, "-->");
            if (c.Sees("<![CDATA[")) return Opened(ref c, 9, TokenClasses.Str, CData, "]]>");
            return Opened(ref c, 2, TokenClasses.Meta, Declaration, ">");
        }
        if (second == '?') return Opened(ref c, 2, TokenClasses.Meta, Instruction, "?>");
        var slash = second == '/' ? 1 : 0;
        if (!NameStarts.Contains(c.Peek(1 + slash)))
        {
            c.Emit(1, null);
            return new LineState(Text);
        }
        c.Emit(1 + slash, null);
        c.Emit(c.While(NameParts), TokenClasses.Tag);
        return new LineState(InTag);
    }

    private static LineState Opened(ref LineCursor c, int open, string cls, int mode, string close)
    {
        c.Emit(open, cls);
        return Until(ref c, close, cls, new LineState(mode));
    }

    private static LineState Until(ref LineCursor c, string close, string cls, LineState s)
    {
        var at = c.Find(close);
        if (at < 0)
        {
            c.EmitRest(cls);
            return s;
        }
        c.Emit(at + close.Length, cls);
        return new LineState(Text);
    }

    private static LineState Tag(ref LineCursor c)
    {
        var ch = c.Peek();
        switch (ch)
        {
            case ' ' or '\t':
                c.Emit(c.WhileBlank(), null);
                return new LineState(InTag);
            case '>':
                c.Emit(1, null);
                return new LineState(Text);
            case '/' or '?' when c.Peek(1) == '>':
                c.Emit(2, null);
                return new LineState(Text);
            case '"' or '\'':
                c.Emit(1, TokenClasses.Str);
                return Value(ref c, ch);
            case '=':
                c.Emit(1, null);
                if (c.Peek() is not ('"' or '\'' or ' ' or '\t' or '>' or '\0'))
                    c.Emit(Math.Max(1, c.Until(UnquotedEnds)), TokenClasses.Str);
                return new LineState(InTag);
        }
        if (NameStarts.Contains(ch))
        {
            c.Emit(c.While(NameParts), TokenClasses.Attribute);
            return new LineState(InTag);
        }
        c.Emit(1, null);
        return new LineState(InTag);
    }

    private static LineState Value(ref LineCursor c, char quote)
    {
        var at = c.Find(quote == '"' ? "\"" : "'");
        if (at < 0)
        {
            c.EmitRest(TokenClasses.Str);
            return new LineState(InValue, quote);
        }
        c.Emit(at + 1, TokenClasses.Str);
        return new LineState(InTag);
    }
}
