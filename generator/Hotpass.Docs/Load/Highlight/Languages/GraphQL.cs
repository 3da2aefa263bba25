using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>GraphQL schemas and operations: keywords, declared type and operation names, scalar types, <c>$variables</c>,
/// <c>@directives</c>, block strings (<c>"""…"""</c>) over lines, <c>#</c> comments.</summary>
internal static class GraphQL
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "query mutation subscription fragment on type interface union enum input scalar schema extend implements "
            + "directive repeatable"),
        Types = WordSet.Of("Int Float String Boolean ID"),
        Constants = WordSet.Of("true false null"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["type"] = TokenClasses.Type, ["interface"] = TokenClasses.Type, ["union"] = TokenClasses.Type,
            ["enum"] = TokenClasses.Type, ["input"] = TokenClasses.Type, ["scalar"] = TokenClasses.Type,
            ["on"] = TokenClasses.Type, ["implements"] = TokenClasses.Type, ["fragment"] = TokenClasses.Function,
            ["query"] = TokenClasses.Function, ["mutation"] = TokenClasses.Function, ["subscription"] = TokenClasses.Function,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["#"],
        Strings = [new("\"\"\"", "\"\"\"", MultiLine: true), new("\"", "\"")],
        Operators = "=!:|&",
        Variables = new VariableScanner("$"),
        Decorator = '@',
        DecoratorsAnywhere = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
