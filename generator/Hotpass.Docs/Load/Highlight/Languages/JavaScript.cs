using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>JavaScript and TypeScript, from the same C-like table as C#: keywords, template strings over lines (their
/// <c>${…}</c> holes left as string), comments, calls. Regular-expression literals are not told from division.</summary>
internal static class JavaScript
{
    private const string JsKeywords =
        "async await break case catch class const continue debugger default delete do else export extends finally for "
        + "from function get if import in instanceof let new of return set static super switch this throw try typeof var "
        + "void while with yield";

    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(JsKeywords),
        Constants = WordSet.Of("true false null undefined NaN Infinity"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["function"] = TokenClasses.Function, ["class"] = TokenClasses.Type, ["new"] = TokenClasses.Type,
            ["extends"] = TokenClasses.Type, ["interface"] = TokenClasses.Type, ["type"] = TokenClasses.Type,
            ["enum"] = TokenClasses.Type, ["implements"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings = [new("`", "`", MultiLine: true), new("\"", "\""), new("'", "'")],
        Operators = "=+-*/%<>!&|^~?:",
        WordStarts = "$",
        WordParts = "$",
        CallsAreFunctions = true,
    };

    public static Lexicon TypeScript { get; } = Lexicon with
    {
        Keywords = WordSet.Of(
            JsKeywords + " abstract any as asserts bigint boolean declare enum implements infer interface is keyof module "
            + "namespace never number object private protected public readonly satisfies string symbol type unique unknown"),
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);

    public static LanguageScanner TypeScriptScanner { get; } = new LexiconScanner(TypeScript);
}
