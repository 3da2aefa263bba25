using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight.Languages;

/// <summary>HCL as Terraform and Packer write it: block types starting a line (<c>resource</c>, <c>variable</c>, …), attribute keys before
/// <c>=</c>, strings (<c>${…}</c> interpolations left as string) over lines, numbers, <c>true</c>/<c>false</c>/<c>null</c>,
/// type names, function calls, <c>#</c>, <c>//</c> and <c>/* */</c> comments. Heredocs are left as plain lines.</summary>
internal static class Hcl
{
    public static Lexicon Lexicon { get; } = new()
    {
        LineKeywords = WordSet.Of(
            "resource data variable output locals module provider terraform backend required_providers provisioner "
            + "connection lifecycle dynamic content moved import check removed"),
        Keywords = WordSet.Of("for in if endfor endif else"),
        Types = WordSet.Of("string number bool list map set object tuple any"),
        Constants = WordSet.Of("true false null"),
        LineComments = ["#", "//"],
        BlockComments = [("/*", "*/")],
        Strings = [new("\"", "\"", MultiLine: true)],
        Operators = "=+-*/%<>!&|?:",
        CallsAreFunctions = true,
        KeysBeforeEquals = true,
    };

    public static LanguageScanner Scanner { get; } = new LexiconScanner(Lexicon);
}
