using System.Buffers;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Makefiles: directives (<c>include</c>, <c>ifeq</c>, <c>define</c>, …), variable assignments (<c>=</c>,
/// <c>:=</c>, <c>?=</c>, <c>+=</c>, <c>!=</c>), rule targets, <c>$(VAR)</c>, <c>${VAR}</c> and automatic variables
/// (<c>$@</c>, <c>$&lt;</c>), <c>#</c> comments; a recipe line (starting with a tab) is shell, and a line ending in
/// <c>\</c> continues its kind onto the next.</summary>
internal sealed class Makefile : LanguageScanner
{
    // Outer: what the line is (a make line or a recipe line), and whether the line before continues into it.
    private const int MakeLine = 0;
    private const int RecipeLine = 1;
    private const int MakeContinued = 2;
    private const int RecipeContinued = 3;

    private static readonly WordSet Directives = WordSet.Of(
        "include -include sinclude ifeq ifneq ifdef ifndef else endif define endef undefine export unexport override private vpath");
    private static readonly SearchValues<char> DirectiveChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");
    private static readonly SearchValues<char> RuleOrAssignment = SearchValues.Create(":=#");

    private static readonly VariableScanner Variables = new("$", "@<^?*%+|$", parens: true);

    private static readonly LanguageScanner MakeText = new LexiconScanner(new Lexicon
    {
        LineComments = ["#"],
        Operators = "=:;|?+!",
        WordStarts = "./-~%",
        WordParts = "-./%~+,@",
        Variables = Variables,
    });

    private static readonly LanguageScanner Recipe = new LexiconScanner(Shell.Lexicon with { Variables = Variables });

    public static Makefile Instance { get; } = new();

    public override LineState BeginLine(ref LineCursor c, LineState s)
    {
        switch (s.Outer)
        {
            case RecipeContinued: return s with { Outer = RecipeLine };
            case MakeContinued: return s with { Outer = MakeLine };
        }
        if (c.Peek() == '\t')
        {
            c.Emit(1, null);
            return new LineState(0, 0, RecipeLine);
        }
        s = new LineState(0, 0, MakeLine);
        c.Emit(c.WhileBlank(), null);
        if (c.Peek() == '#')
        {
            c.EmitRest(TokenClasses.Comment);
            return s;
        }
        var word = c.While(DirectiveChars);
        if (word > 0 && Directives.Contains(c.Read(word)))
        {
            c.Emit(word, TokenClasses.Keyword);
            c.Emit(c.WhileBlank(), null);
        }
        var at = c.Until(RuleOrAssignment);
        if (at >= c.Remaining) return s;
        var ch = c.Peek(at);
        var assigns = ch == '=' || (ch == ':' && (c.Peek(at + 1) == '=' || (c.Peek(at + 1) == ':' && c.Peek(at + 2) == '=')));
        if (assigns)
        {
            var operatorStart = ch == '=' && at > 0 && c.Peek(at - 1) is '?' or '+' or '!' ? at - 1 : at;
            var operatorEnd = at + (ch == '=' ? 1 : c.Peek(at + 1) == '=' ? 2 : 3);
            var name = c.Read(operatorStart).TrimEnd(" \t").Length;
            c.Emit(name, TokenClasses.Variable);
            c.Emit(operatorStart - name, null);
            c.Emit(operatorEnd - operatorStart, TokenClasses.Operator);
        }
        else if (ch == ':')
        {
            var targets = c.Read(at).TrimEnd(" \t").Length;
            c.Emit(targets, TokenClasses.Function);
            c.Emit(at - targets, null);
            c.Emit(c.Peek(1) == ':' ? 2 : 1, TokenClasses.Operator);
        }
        return s;
    }

    public override LineState Next(ref LineCursor c, LineState s) =>
        s.Outer is RecipeLine or RecipeContinued ? Recipe.Next(ref c, s) : MakeText.Next(ref c, s);

    /// <summary>A line ending in <c>\</c> continues: a recipe line as shell, a make line as make text.</summary>
    public override LineState EndLine(ref LineCursor c, LineState s) =>
        c.Peek(-1) != '\\' ? s : s with { Outer = s.Outer is RecipeLine or RecipeContinued ? RecipeContinued : MakeContinued };
}
