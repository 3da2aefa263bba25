using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Rust: keywords, primitive and common types, <c>fn</c>/<c>struct</c>/<c>enum</c>/<c>trait</c> names, calls and
/// macros (<c>println!</c>), lifetimes told from character literals (<c>&amp;'a str</c>, <c>'x'</c>), raw strings
/// (<c>r"…"</c>, <c>r#"…"#</c>), byte strings, <c>#[…]</c> attributes on their own line, comments.</summary>
internal static class Rust
{
    private static readonly WordSet Raw = WordSet.Of("r br");
    private static readonly WordSet Bytes = WordSet.Of("b c");

    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "as async await break const continue crate dyn else enum extern fn for if impl in let loop match mod move mut pub "
            + "ref return self Self static struct super trait type union unsafe use where while yield"),
        Types = WordSet.Of(
            "bool char str i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 String Vec Option Result Box Rc Arc "
            + "HashMap HashSet"),
        Constants = WordSet.Of("true false None Some Ok Err"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fn"] = TokenClasses.Function, ["struct"] = TokenClasses.Type, ["enum"] = TokenClasses.Type,
            ["trait"] = TokenClasses.Type, ["type"] = TokenClasses.Type, ["union"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings =
        [
            new("r#\"", "\"#", StringEscape.None, MultiLine: true),
            new("\"", "\"", StringEscape.None, MultiLine: true, Prefixes: Raw),
            new("\"", "\"", StringEscape.Backslash, MultiLine: true, Prefixes: Bytes),
            new("'", "'", Prefixes: Bytes),
            new("\"", "\"", StringEscape.Backslash, MultiLine: true),
            new("'", "'"),
        ],
        Operators = "=+-*/%<>!&|^~?:@",
        CallsAreFunctions = true,
        LineDirective = '#',
        QuoteLabels = true,
        BangMacros = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
