using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>C#: keywords (contextual ones too), regular, verbatim (<c>@"…"</c>), interpolated (<c>$"…"</c>, their holes
/// left as string) and raw (<c>"""…"""</c>) strings, character literals, <c>//</c> and <c>/* */</c> comments,
/// <c>#</c> directives, calls and declared type names.</summary>
internal static class CSharp
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "abstract as base bool break byte case catch char checked class const continue decimal default delegate do "
            + "double else enum event explicit extern finally fixed float for foreach goto if implicit in int interface "
            + "internal is lock long namespace new object operator out override params private protected public readonly "
            + "ref return sbyte sealed short sizeof stackalloc static string struct switch this throw try typeof uint ulong "
            + "unchecked unsafe ushort using virtual void volatile while add alias and ascending async await by descending "
            + "dynamic equals from get global group init into join let managed nameof nint not notnull nuint on or orderby "
            + "partial record remove required scoped select set unmanaged value var when where with yield file"),
        Constants = WordSet.Of("true false null"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["class"] = TokenClasses.Type, ["struct"] = TokenClasses.Type, ["interface"] = TokenClasses.Type,
            ["enum"] = TokenClasses.Type, ["record"] = TokenClasses.Type, ["new"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings =
        [
            new("$\"\"\"", "\"\"\"", StringEscape.None, MultiLine: true),
            new("\"\"\"", "\"\"\"", StringEscape.None, MultiLine: true),
            new("$@\"", "\"", StringEscape.DoubledClose, MultiLine: true),
            new("@$\"", "\"", StringEscape.DoubledClose, MultiLine: true),
            new("@\"", "\"", StringEscape.DoubledClose, MultiLine: true),
            new("$\"", "\""),
            new("\"", "\""),
            new("'", "'"),
        ],
        Operators = "=+-*/%<>!&|^~?:",
        CallsAreFunctions = true,
        LineDirective = '#',
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
