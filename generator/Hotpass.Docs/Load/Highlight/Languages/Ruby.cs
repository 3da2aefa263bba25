using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Ruby: keywords, <c>def</c>/<c>class</c>/<c>module</c> names, common methods of the language (<c>puts</c>,
/// <c>require</c>, <c>attr_reader</c>), <c>:symbols</c>, <c>@instance</c>, <c>@@class</c> and <c>$global</c> variables,
/// method names ending in <c>?</c> or <c>!</c>, strings (<c>#{…}</c> left as string), <c>#</c> comments.</summary>
internal static class Ruby
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "BEGIN END alias and begin break case class def defined? do else elsif end ensure for if in module next not or "
            + "redo rescue retry return super then undef unless until when while yield"),
        Constants = WordSet.Of("true false nil self __FILE__ __LINE__ __method__"),
        Builtins = WordSet.Of(
            "puts print p pp require require_relative include extend prepend attr_reader attr_writer attr_accessor private "
            + "protected public raise lambda proc loop catch throw"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["def"] = TokenClasses.Function, ["class"] = TokenClasses.Type, ["module"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["#"],
        Strings =
        [
            new("\"", "\"", MultiLine: true),
            new("'", "'", StringEscape.BackslashRaw, MultiLine: true),
            new("`", "`", MultiLine: true),
        ],
        Operators = "=+-*/%<>!&|^~?:",
        WordParts = "?!",
        Variables = new VariableScanner("@$", "@"),
        CallsAreFunctions = true,
        ColonSymbols = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
