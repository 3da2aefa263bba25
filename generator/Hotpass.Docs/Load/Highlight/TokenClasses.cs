namespace Hotpass.Docs.Load.Highlight;

/// <summary>The theme's token classes (<c>hl-kw</c>, <c>hl-str</c>, …): colours live in <c>site.css</c>, so dark mode
/// restyles them; every class here is styled there in light and dark.</summary>
internal static class TokenClasses
{
    public const string Comment = "hl-com";
    public const string Str = "hl-str";
    public const string Number = "hl-num";
    public const string Constant = "hl-const";
    public const string Key = "hl-key";
    public const string Keyword = "hl-kw";
    public const string Operator = "hl-op";
    public const string Function = "hl-fn";
    public const string Tag = "hl-tag";
    public const string Attribute = "hl-attr";
    public const string Type = "hl-ty";
    public const string Variable = "hl-var";
    public const string Inserted = "hl-ins";
    public const string Deleted = "hl-del";
    public const string Meta = "hl-meta";
    public const string Prompt = "hl-prompt";
    public const string Output = "hl-out";

    /// <summary>Every class the highlighter writes.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Comment, Str, Number, Constant, Key, Keyword, Operator, Function, Tag, Attribute, Type, Variable,
        Inserted, Deleted, Meta, Prompt, Output,
    ];
}
