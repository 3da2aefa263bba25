using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>Protocol Buffers (<c>.proto</c>, proto2 and proto3): keywords, scalar types, <c>message</c>/<c>enum</c>/
/// <c>service</c> and <c>rpc</c> names, field numbers, strings, <c>//</c> and <c>/* */</c> comments.</summary>
internal static class Protobuf
{
    public static Lexicon Lexicon { get; } = new()
    {
        Keywords = WordSet.Of(
            "syntax edition package import weak public option message enum service rpc returns stream repeated optional "
            + "required oneof map reserved extensions extend to max group"),
        Types = WordSet.Of(
            "double float int32 int64 uint32 uint64 sint32 sint64 fixed32 fixed64 sfixed32 sfixed64 bool string bytes"),
        Constants = WordSet.Of("true false inf nan"),
        NameAfter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["message"] = TokenClasses.Type, ["enum"] = TokenClasses.Type, ["service"] = TokenClasses.Type,
            ["extend"] = TokenClasses.Type, ["rpc"] = TokenClasses.Function,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        LineComments = ["//"],
        BlockComments = [("/*", "*/")],
        Strings = [new("\"", "\""), new("'", "'")],
        Operators = "=<>;:-",
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
