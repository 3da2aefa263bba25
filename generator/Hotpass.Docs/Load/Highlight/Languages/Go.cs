using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Go: keywords, predeclared types, constants and functions, <c>func</c> and <c>type</c> names, calls, raw
/// (<c>`…`</c>, over lines) and interpreted strings, runes, <c>//</c> and <c>/* */</c> comments.</summary>
internal static class Go
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "break case chan const continue default defer else fallthrough for func go goto if import interface map package "
            + "range return select struct switch type var"),
        Types = WordSet.Of(
            "any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint "
            + "uint8 uint16 uint32 uint64 uintptr"),
        Constants = WordSet.Of("true false iota nil"),
        Builtins = WordSet.Of("append cap clear close complex copy delete imag len make max min new panic print println real recover"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["func"] = TokenClasses.Function, ["type"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings = [new("`", "`", StringEscape.None, MultiLine: true), new("\"", "\""), new("'", "'")],
        Operators = "=+-*/%<>!&|^~:",
        CallsAreFunctions = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
