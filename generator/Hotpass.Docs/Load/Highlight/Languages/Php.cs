using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>PHP: <c>&lt;?php</c> and <c>?&gt;</c>, keywords in any case, <c>$variables</c> (inside double quotes too),
/// function and class names, calls, <c>//</c>, <c>#</c> and <c>/* */</c> comments. Heredocs are left as plain lines.</summary>
internal static class Php
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "abstract and array as break callable case catch class clone const continue declare default do echo else elseif "
            + "empty enddeclare endfor endforeach endif endswitch endwhile enum extends final finally fn for foreach function "
            + "global goto if implements include include_once instanceof insteadof interface isset list match namespace new or "
            + "print private protected public readonly require require_once return static switch throw trait try unset use var "
            + "while xor yield", ignoreCase: true),
        Types = WordSet.Of("bool int float string void mixed never object iterable self parent", ignoreCase: true),
        Constants = WordSet.Of("true false null", ignoreCase: true),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["function"] = TokenClasses.Function, ["class"] = TokenClasses.Type, ["interface"] = TokenClasses.Type,
            ["trait"] = TokenClasses.Type, ["enum"] = TokenClasses.Type, ["new"] = TokenClasses.Type,
            ["extends"] = TokenClasses.Type, ["implements"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//", "#"],
        BlockComments = [("/*", "*/")],
        Strings = [new("\"", "\"", MultiLine: true, Sigil: '$'), new("'", "'", MultiLine: true)],
        Operators = "=+-*/%<>!&|^~?:.",
        Variables = new VariableScanner("$"),
        CallsAreFunctions = true,
        Marks = ["<?php", "<?=", "?>"],
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
