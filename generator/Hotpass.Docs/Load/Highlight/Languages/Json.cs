using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>JSON (and JSON with comments): keys, strings with escapes, numbers, <c>true</c>/<c>false</c>/<c>null</c>.</summary>
internal static class Json
{
    public static Lexicon Lexicon { get; } = new()
    {
        Constants = WordSet.Of("true false null"),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings = [new("\"", "\"")],
        KeysBeforeColon = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
