using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Swift: keywords, common types, <c>func</c> and type declarations, calls, attributes (<c>@MainActor</c>) at a
/// line's start, <c>#if</c> directives, multi-line strings (<c>"""…"""</c>; <c>\(…)</c> interpolations left as string),
/// comments.</summary>
internal static class Swift
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "actor any as associatedtype async await break case catch class continue convenience default defer deinit do "
            + "dynamic else enum extension fallthrough fileprivate final for func get guard if import in indirect init inout "
            + "internal is lazy let mutating nonisolated open operator optional override private protocol public repeat "
            + "required rethrows return self Self set some static struct subscript super switch throw throws try typealias "
            + "unowned var weak where while willSet didSet"),
        Types = WordSet.Of("Any Array Bool Character Dictionary Double Error Float Int Never Optional Result Set String UInt Void"),
        Constants = WordSet.Of("true false nil"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["func"] = TokenClasses.Function, ["class"] = TokenClasses.Type, ["struct"] = TokenClasses.Type,
            ["enum"] = TokenClasses.Type, ["protocol"] = TokenClasses.Type, ["extension"] = TokenClasses.Type,
            ["actor"] = TokenClasses.Type, ["typealias"] = TokenClasses.Type,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings = [new("\"\"\"", "\"\"\"", MultiLine: true), new("\"", "\"")],
        Operators = "=+-*/%<>!&|^~?:",
        CallsAreFunctions = true,
        Decorator = '@',
        LineDirective = '#',
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
