using System.Buffers;
using System.Collections.Frozen;

namespace Hotpass.Docs.Load.Highlight.Scanning;

/// <summary>Scans any language a <see cref="Lexicon"/> describes: C#, Python, SQL, JSON, JavaScript, the shell. A line's
/// state is code, inside block comment <c>Arg</c>, inside string rule <c>Arg</c>, or code whose next name is declared
/// (after <c>def</c> or <c>class</c>).</summary>
internal sealed class LexiconScanner : LanguageScanner
{
    private const int Code = 0;
    private const int InComment = 1;
    private const int InString = 2;
    private const int NameNext = 3;

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> NumberParts =
        SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");
    private static readonly SearchValues<char> NameParts =
        SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");
    private static readonly SearchValues<char> OptionParts =
        SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-");

    private readonly Lexicon _lexicon;
    private readonly SearchValues<char> _wordStarts;
    private readonly SearchValues<char> _wordParts;
    private readonly SearchValues<char> _operators;
    private readonly SearchValues<char> _commentStarts;
    private readonly SearchValues<char> _stringStarts;
    private readonly SearchValues<char> _markStarts;
    private readonly FrozenLookup _nameAfter;

    public LexiconScanner(Lexicon lexicon)
    {
        _lexicon = lexicon;
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
        _wordStarts = SearchValues.Create(letters + lexicon.WordStarts);
        _wordParts = SearchValues.Create(letters + "0123456789" + lexicon.WordParts);
        _operators = SearchValues.Create(lexicon.Operators);
        _commentStarts = SearchValues.Create(string.Concat(lexicon.LineComments.Select(c => c[0]).Concat(lexicon.BlockComments.Select(b => b.Open[0]))));
        _stringStarts = SearchValues.Create(string.Concat(lexicon.Strings.Where(s => s.Prefixes is null).Select(s => s.Open[0])));
        _markStarts = SearchValues.Create(string.Concat(lexicon.Marks.Select(m => m[0])));
        _nameAfter = new FrozenLookup(lexicon.NameAfter);
    }

    public override LineState Next(ref LineCursor c, LineState s)
    {
        switch (s.Mode)
        {
            case InComment: return ContinueComment(ref c, s, s.Arg);
            case InString: return ContinueString(ref c, s, s.Arg);
        }
        var ch = c.Peek();
        if (ch is ' ' or '\t')
        {
            c.Emit(c.WhileBlank(), null);
            return s;
        }
        var declared = s.Mode == NameNext ? TokenClasses.All[s.Arg] : null;
        var code = s with { Mode = Code, Arg = 0 };

        if (_markStarts.Contains(ch) && TryMark(ref c, ch)) return code;
        if (_commentStarts.Contains(ch) && TryComment(ref c, ch, code, out var afterComment)) return afterComment;
        if (_lexicon.QuoteLabels && ch == '\'' && IsLabel(ref c))
        {
            c.Emit(1 + c.While(_wordParts, 1), TokenClasses.Type);
            return code;
        }
        if (_stringStarts.Contains(ch) && TryString(ref c, ch, code, 0, out var afterString)) return afterString;
        if (_lexicon.LineDirective != '\0' && ch == _lexicon.LineDirective && c.AtLineStart)
        {
            c.EmitRest(TokenClasses.Meta);
            return code;
        }
        if (_lexicon.Decorator != '\0' && ch == _lexicon.Decorator && (c.AtLineStart || _lexicon.DecoratorsAnywhere) && _wordStarts.Contains(c.Peek(1)))
        {
            c.Emit(1 + c.While(_wordParts, 1), TokenClasses.Function);
            return code;
        }
        if (_lexicon.Variables is { } variables && variables.StartsAt(ch) && variables.TryEmit(ref c)) return code;
        if (_lexicon.BareEscapes && ch == '\\')
        {
            c.Emit(Math.Min(2, c.Remaining), c.Remaining > 1 ? TokenClasses.Constant : null);
            return code;
        }
        if (Digits.Contains(ch) || (ch == '.' && Digits.Contains(c.Peek(1))))
        {
            c.Emit(NumberLength(ref c), TokenClasses.Number);
            return code;
        }
        if (_lexicon.DashOptions && ch == '-' && StartsWord(ref c) && (c.Peek(1) == '-' || char.IsAsciiLetter(c.Peek(1))))
        {
            c.Emit(c.While(OptionParts), TokenClasses.Attribute);
            return code;
        }
        if (_lexicon.ColonSymbols && ch == ':' && c.Peek(-1) is '\0' or ' ' or '\t' or '(' or '[' or '{' or ',' && char.IsAsciiLetter(c.Peek(1)))
        {
            c.Emit(1 + c.While(_wordParts, 1), TokenClasses.Constant);
            return code;
        }
        if (_wordStarts.Contains(ch)) return Word(ref c, code, declared, s);
        if (_operators.Contains(ch))
        {
            c.Emit(c.While(_operators), TokenClasses.Operator);
            return code;
        }
        c.Emit(1, null);
        return code;
    }

    private LineState Word(ref LineCursor c, LineState code, string? declared, LineState before)
    {
        var length = c.While(_wordParts);
        var word = c.Read(length);
        if (c.Peek(length) is '"' or '\'' && TryString(ref c, c.Peek(length), code, length, out var afterString)) return afterString;

        if (_lexicon.KeysBeforeEquals && c.AtLineStart && declared is null)
        {
            var equals = length + c.WhileBlank(length);
            if (c.Peek(equals) == '=' && c.Peek(equals + 1) != '=')
            {
                c.Emit(length, TokenClasses.Key);
                return code;
            }
        }
        if (_lexicon.Keywords.Contains(word) || (c.AtLineStart && _lexicon.LineKeywords.Contains(word)))
        {
            var next = _nameAfter.Find(word);
            c.Emit(length, TokenClasses.Keyword);
            // A keyword between a declaring keyword and its name (record struct Point) keeps the name declared.
            return next is not null ? code with { Mode = NameNext, Arg = IndexOf(next) } : before.Mode == NameNext ? before : code;
        }
        if (_lexicon.BangMacros && c.Peek(length) == '!' && c.Peek(length + 1) != '=')
        {
            c.Emit(length + 1, TokenClasses.Function);
            return code;
        }
        if (_lexicon.Assignments && c.Peek(length) == '=' && IsName(word))
        {
            c.Emit(length, TokenClasses.Variable);
            c.Emit(1, TokenClasses.Operator);
            return code;
        }
        var cls = declared
            ?? (_lexicon.Constants.Contains(word) ? TokenClasses.Constant
                : _lexicon.Types.Contains(word) ? TokenClasses.Type
                : _lexicon.Builtins.Contains(word) ? TokenClasses.Function
                : _lexicon.CallsAreFunctions && c.Peek(length) == '(' ? TokenClasses.Function
                : _lexicon.HyphenatedCommands && word.IndexOf('-') > 0 ? TokenClasses.Function
                : null);
        c.Emit(length, cls);
        return code;
    }

    private bool TryMark(ref LineCursor c, char ch)
    {
        foreach (var mark in _lexicon.Marks)
        {
            if (mark[0] != ch || !c.Sees(mark)) continue;
            c.Emit(mark.Length, TokenClasses.Meta);
            return true;
        }
        return false;
    }

    /// <summary>Whether the quote at the cursor starts a label (<c>'a</c>) rather than a character literal (<c>'a'</c>).</summary>
    private static bool IsLabel(ref LineCursor c) => (char.IsAsciiLetter(c.Peek(1)) || c.Peek(1) == '_') && c.Peek(2) != '\'';

    private bool TryComment(ref LineCursor c, char ch, LineState code, out LineState after)
    {
        after = code;
        if (_lexicon.CommentsStartWords && !StartsWord(ref c)) return false;
        for (var i = 0; i < _lexicon.BlockComments.Length; i++)
        {
            var open = _lexicon.BlockComments[i].Open;
            if (open[0] != ch || !c.Sees(open)) continue;
            c.Emit(open.Length, TokenClasses.Comment);
            after = ContinueComment(ref c, code, i);
            return true;
        }
        foreach (var start in _lexicon.LineComments)
        {
            if (start[0] != ch || !c.Sees(start)) continue;
            c.EmitRest(TokenClasses.Comment);
            return true;
        }
        return false;
    }

    private LineState ContinueComment(ref LineCursor c, LineState s, int index)
    {
        var close = _lexicon.BlockComments[index].Close;
        var at = c.Find(close);
        if (at < 0)
        {
            c.EmitRest(TokenClasses.Comment);
            return s with { Mode = InComment, Arg = index };
        }
        c.Emit(at + close.Length, TokenClasses.Comment);
        return s with { Mode = Code, Arg = 0 };
    }

    /// <summary>Starts the string that opens <paramref name="prefix"/> characters from the cursor (with
    /// <paramref name="ch"/>), after a prefix word (Python's <c>rb</c>) when there is one.</summary>
    private bool TryString(ref LineCursor c, char ch, LineState code, int prefix, out LineState after)
    {
        after = code;
        var rules = _lexicon.Strings;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (rule.Open[0] != ch) continue;
            if (prefix == 0 ? rule.Prefixes is not null : rule.Prefixes is null || !rule.Prefixes.Contains(c.Read(prefix))) continue;
            if (!c.Sees(rule.Open, prefix)) continue;
            if (_lexicon.KeysBeforeColon && prefix == 0)
            {
                var length = StringScanning.MeasureClosed(ref c, rule);
                if (length > 0 && c.Peek(length + c.WhileBlank(length)) == ':')
                {
                    c.Emit(length, TokenClasses.Key);
                    return true;
                }
            }
            c.Emit(prefix + rule.Open.Length, rule.Class);
            after = ContinueString(ref c, code, i);
            return true;
        }
        return false;
    }

    private LineState ContinueString(ref LineCursor c, LineState s, int index)
    {
        var rule = _lexicon.Strings[index];
        if (StringScanning.Continue(ref c, rule, rule.Sigil != '\0' ? _lexicon.Variables : null)) return s with { Mode = Code, Arg = 0 };
        return rule.MultiLine ? s with { Mode = InString, Arg = index } : s with { Mode = Code, Arg = 0 };
    }

    /// <summary>Digits and what may follow them in a literal: <c>0x1F</c>, <c>1_000</c>, <c>3.14f</c>, <c>1e-9</c>.</summary>
    private static int NumberLength(ref LineCursor c)
    {
        var n = c.Peek() == '.' ? 1 : 0;
        n += c.While(NumberParts, n);
        while (true)
        {
            if (c.Peek(n) == '.' && Digits.Contains(c.Peek(n + 1))) n += 1 + c.While(NumberParts, n + 1);
            else if (c.Peek(n - 1) is 'e' or 'E' && c.Peek(n) is '+' or '-' && Digits.Contains(c.Peek(n + 1))) n += 1 + c.While(NumberParts, n + 1);
            else return n;
        }
    }

    /// <summary>Whether the cursor is where a shell word starts: the line's start, or after a blank or separator.</summary>
    private static bool StartsWord(ref LineCursor c) => c.Peek(-1) is '\0' or ' ' or '\t' or ';' or '|' or '&' or '(' or '`';

    private static bool IsName(ReadOnlySpan<char> word) => word.Length > 0 && !char.IsAsciiDigit(word[0]) && !word.ContainsAnyExcept(NameParts);

    private static int IndexOf(string cls)
    {
        for (var i = 0; i < TokenClasses.All.Count; i++)
            if (string.Equals(TokenClasses.All[i], cls, StringComparison.Ordinal)) return i;
        throw new ArgumentException($"'{cls}' is not a token class", nameof(cls));
    }

    /// <summary>A keyword-to-class table looked up from the line's characters.</summary>
    private sealed class FrozenLookup(FrozenDictionary<string, string> table)
    {
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup =
            table.GetAlternateLookup<ReadOnlySpan<char>>();

        public string? Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var cls) ? cls : null;
    }
}
