using System.Buffers;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>nginx configuration: the directive that starts each statement (after <c>;</c>, <c>{</c> or <c>}</c>, over
/// lines), then its arguments: <c>$variables</c> (inside double quotes too), strings, numbers and sizes (<c>10m</c>),
/// <c>on</c>/<c>off</c>, paths and URLs as plain words; <c>#</c> comments where a word could start.</summary>
internal sealed class Nginx : LanguageScanner
{
    // Outer: whether the next word is a directive (the file's start, or after ';', '{' or '}') or an argument.
    private const int DirectiveNext = 0;
    private const int Arguments = 1;

    private static readonly SearchValues<char> NameStarts = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");
    private static readonly SearchValues<char> NameParts = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789");

    private static readonly LanguageScanner Rest = new LexiconScanner(new Lexicon
    {
        Constants = WordSet.Of("on off"),
        LineComments = ["#"],
        CommentsStartWords = true,
        Strings = [new("\"", "\"", MultiLine: true, Sigil: '$'), new("'", "'", MultiLine: true)],
        Operators = ";{}=~^!|*",
        WordStarts = "/.",
        WordParts = "-./:@%+,",
        Variables = new VariableScanner("$"),
    });

    public static Nginx Instance { get; } = new();

    public override LineState Next(ref LineCursor c, LineState s)
    {
        if (s.Mode == 0 && s.Outer == DirectiveNext && NameStarts.Contains(c.Peek()))
        {
            c.Emit(c.While(NameParts), TokenClasses.Keyword);
            return s with { Outer = Arguments };
        }
        s = Rest.Next(ref c, s);
        return s.Mode == 0 && c.Peek(-1) is ';' or '{' or '}' ? s with { Outer = DirectiveNext } : s;
    }
}
