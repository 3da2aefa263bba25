using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Java and Kotlin, from the C-like table: keywords, declared type and function names, calls, annotations
/// (<c>@Override</c>) at a line's start, text blocks (<c>"""…"""</c>) over lines, Kotlin's <c>$name</c> and
/// <c>${…}</c> templates in strings, comments.</summary>
internal static class Java
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "abstract assert boolean break byte case catch char class const continue default do double else enum extends "
            + "final finally float for goto if implements import instanceof int interface long native new non-sealed package "
            + "permits private protected public record return sealed short static strictfp super switch synchronized this "
            + "throw throws transient try var void volatile when while yield"),
        Types = WordSet.Of("String Object Integer Long Double Boolean Character Byte Short Float Void List Map Set Optional"),
        Constants = WordSet.Of("true false null"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["class"] = TokenClasses.Type, ["interface"] = TokenClasses.Type, ["enum"] = TokenClasses.Type,
            ["record"] = TokenClasses.Type, ["new"] = TokenClasses.Type, ["extends"] = TokenClasses.Type,
            ["implements"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings = [new("\"\"\"", "\"\"\"", MultiLine: true), new("\"", "\""), new("'", "'")],
        Operators = "=+-*/%<>!&|^~?:",
        CallsAreFunctions = true,
        Decorator = '@',
    };

    private static readonly VariableScanner Templates = new("$");

    public static Lexicon Kotlin { get; } = Lexicon with
    {
        Keywords = WordSet.Of(
            "abstract actual annotation as break by catch class companion const constructor continue crossinline data do "
            + "else enum expect external final finally for fun get if import in infix init inline inner interface internal is "
            + "lateinit noinline object open operator out override package private protected public reified return sealed set "
            + "super suspend tailrec this throw try typealias typeof val var vararg when where while"),
        Types = WordSet.Of(
            "Any Array Boolean Byte Char Double Float Int List Long Map MutableList MutableMap Nothing Set Short String Unit"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fun"] = TokenClasses.Function, ["class"] = TokenClasses.Type, ["interface"] = TokenClasses.Type,
            ["object"] = TokenClasses.Type, ["typealias"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        Strings =
        [
            new("\"\"\"", "\"\"\"", StringEscape.None, MultiLine: true, Sigil: '$'),
            new("\"", "\"", Sigil: '$'),
            new("'", "'"),
        ],
        Variables = Templates,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);

    public static LanguageScanner KotlinScanner { get; } = new LexiconScanner(Kotlin);
}
