using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>POSIX shell and bash: keywords and builtins, <c>$VAR</c>/<c>${…}</c>/<c>$?</c> (inside double quotes too),
/// <c>--options</c>, <c>NAME=value</c>, quotes that may run over lines, and <c>#</c> comments where a word could
/// start. Heredocs are left as plain lines.</summary>
internal static class Shell
{
    public const string KeywordList = "if then else elif fi case esac for select while until do done in function time coproc";

    public static VariableScanner Variables { get; } = new("$", "@*#?$!-0123456789");

    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(KeywordList),
        Builtins = WordSet.Of(
            "echo printf cd pwd export unset read source alias unalias set shift exit return test eval exec trap local "
            + "declare typeset readonly type wait kill let getopts umask ulimit mapfile readarray pushd popd dirs jobs bg "
            + "fg hash help history logout command builtin enable shopt true false"),
        LineComments = ["#"],
        CommentsStartWords = true,
        Strings =
        [
            new("$'", "'", StringEscape.Backslash, MultiLine: true),
            new("\"", "\"", StringEscape.Backslash, MultiLine: true, Sigil: '$'),
            new("'", "'", StringEscape.None, MultiLine: true),
        ],
        Operators = "|&;<>",
        WordStarts = "/.~",
        WordParts = "-./:@%+,~",
        Variables = Variables,
        DashOptions = true,
        Assignments = true,
        BareEscapes = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
