using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Python: keywords, builtins, <c>def</c>/<c>class</c> names, decorators, calls, and strings with any prefix
/// (<c>r</c>, <c>b</c>, <c>f</c>, <c>rb</c>, …), triple-quoted ones running over lines.</summary>
internal static class Python
{
    private static readonly WordSet Cooked = WordSet.Of("b B f F u U", ignoreCase: false);
    private static readonly WordSet Raw = WordSet.Of("r R rb rB Rb RB br bR Br BR rf rF Rf RF fr fR Fr FR");

    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "and as assert async await break class continue def del elif else except finally for from global if import "
            + "in is lambda nonlocal not or pass raise return try while with yield"),
        Constants = WordSet.Of("True False None NotImplemented Ellipsis __name__ __file__"),
        Builtins = WordSet.Of(
            "abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex delattr dict "
            + "dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex id input "
            + "int isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow print "
            + "property range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["def"] = TokenClasses.Function, ["class"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["#"],
        Strings =
        [
            .. Family(null, StringEscape.Backslash),
            .. Family(Cooked, StringEscape.Backslash),
            .. Family(Raw, StringEscape.BackslashRaw),
        ],
        Operators = "=+-*/%<>!&|^~@",
        CallsAreFunctions = true,
        Decorator = '@',
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);

    private static StringRule[] Family(WordSet? prefixes, StringEscape escape) =>
    [
        new("\"\"\"", "\"\"\"", escape, MultiLine: true, Prefixes: prefixes),
        new("'''", "'''", escape, MultiLine: true, Prefixes: prefixes),
        new("\"", "\"", escape, Prefixes: prefixes),
        new("'", "'", escape, Prefixes: prefixes),
    ];
}
