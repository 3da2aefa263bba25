using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>PowerShell: keywords and <c>[types]</c> in any case, <c>Verb-Noun</c> commands, <c>-Parameters</c> and
/// <c>-eq</c>-style operators, <c>$variables</c> (inside double quotes too; <c>$true</c> and <c>$null</c> are variables there too), strings escaped with a backtick,
/// here-strings (<c>@"…"@</c>) over lines, <c>#</c> and <c>&lt;# #&gt;</c> comments.</summary>
internal static class PowerShell
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "begin break catch class continue data default define do dynamicparam else elseif end enum exit filter finally for "
            + "foreach from function hidden if in param process return static switch throw trap try until using while "
            + "workflow", ignoreCase: true),
        Types = WordSet.Of(
            "array bool byte char datetime decimal double hashtable int int32 int64 long object pscredential pscustomobject "
            + "psobject regex scriptblock securestring string switch timespan uri void xml", ignoreCase: true),
        LineComments = ["#"],
        BlockComments = [("<#", "#>")],
        Strings =
        [
            new("@\"", "\"@", MultiLine: true, Sigil: '$', EscapeChar: '`'),
            new("@'", "'@", StringEscape.None, MultiLine: true),
            new("\"", "\"", MultiLine: true, Sigil: '$', EscapeChar: '`'),
            new("'", "'", StringEscape.DoubledClose, MultiLine: true),
        ],
        Operators = "=+*/%<>!&|;",
        WordParts = "-",
        Variables = new VariableScanner("$", "_?^$"),
        DashOptions = true,
        HyphenatedCommands = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
