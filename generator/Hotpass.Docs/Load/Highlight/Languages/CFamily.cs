using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>C and C++ from one table: keywords of both, common library types, <c>#include</c> and other preprocessor
/// lines, declared type names, calls, prefixed strings (<c>L"…"</c>, <c>u8"…"</c>) and raw strings (<c>R"(…)"</c>,
/// over lines), character literals, comments.</summary>
internal static class CFamily
{
    private static readonly WordSet Encodings = WordSet.Of("L u U u8");
    private static readonly WordSet RawPrefixes = WordSet.Of("R LR uR UR u8R");

    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "alignas alignof asm auto bool break case catch char char8_t char16_t char32_t class concept const consteval "
            + "constexpr constinit const_cast continue co_await co_return co_yield decltype default delete do double "
            + "dynamic_cast else enum explicit export extern final float for friend goto if inline int long mutable namespace "
            + "new noexcept operator override private protected public register reinterpret_cast requires restrict return "
            + "short signed sizeof static static_assert static_cast struct switch template this thread_local throw try typedef "
            + "typeid typename union unsigned using virtual void volatile wchar_t while _Bool _Atomic _Noreturn"),
        Types = WordSet.Of(
            "size_t ssize_t ptrdiff_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t intptr_t uintptr_t "
            + "FILE std string string_view vector map unordered_map set array optional unique_ptr shared_ptr"),
        Constants = WordSet.Of("true false NULL nullptr EOF"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["class"] = TokenClasses.Type, ["struct"] = TokenClasses.Type, ["union"] = TokenClasses.Type,
            ["enum"] = TokenClasses.Type, ["namespace"] = TokenClasses.Type, ["new"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings =
        [
            new("\"(", ")\"", StringEscape.None, MultiLine: true, Prefixes: RawPrefixes),
            new("\"", "\"", Prefixes: Encodings),
            new("'", "'", Prefixes: Encodings),
            new("\"", "\""),
            new("'", "'"),
        ],
        Operators = "=+-*/%<>!&|^~?:",
        CallsAreFunctions = true,
        LineDirective = '#',
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
