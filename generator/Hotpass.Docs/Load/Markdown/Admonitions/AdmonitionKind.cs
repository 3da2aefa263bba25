namespace Hotpass.Docs.Load.Markdown.Admonitions;

/// <summary>What an admonition's type word (<c>note</c>, <c>tldr</c>, <c>WARNING</c>) means to the theme: the box it is
/// drawn as (<see cref="Style"/>, one of the seven the theme colours, or null for a neutral box when the type is
/// unknown) and the title it gets when it names none.</summary>
internal sealed record AdmonitionKind(string Type, string? Style, string DefaultTitle)
{
    /// <summary>The styles the theme draws, each with its colour in light and dark.</summary>
    public static IReadOnlyList<string> Styles { get; } = ["note", "info", "tip", "important", "warning", "caution", "danger"];

    // Type words of MkDocs Material, Docusaurus and GitHub, each drawn as the nearest of the seven styles.
    private static readonly Dictionary<string, string> StyleOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = "note", ["seealso"] = "note", ["quote"] = "note", ["cite"] = "note",
        ["info"] = "info", ["todo"] = "info", ["abstract"] = "info", ["summary"] = "info", ["tldr"] = "info",
        ["question"] = "info", ["help"] = "info", ["faq"] = "info",
        ["tip"] = "tip", ["hint"] = "tip", ["success"] = "tip", ["check"] = "tip", ["done"] = "tip",
        ["important"] = "important", ["example"] = "important",
        ["warning"] = "warning", ["attention"] = "warning",
        ["caution"] = "caution",
        ["danger"] = "danger", ["error"] = "danger", ["failure"] = "danger", ["fail"] = "danger", ["missing"] = "danger",
        ["bug"] = "danger",
    };

    /// <summary>Every type word understood, for the diagnostic that names them.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } = [.. StyleOf.Keys];

    /// <summary>Whether the type is one the theme knows.</summary>
    public bool IsKnown => Style is not null;

    /// <summary>The kind of a type word as written; an unknown word gets a neutral box titled with the word.</summary>
    public static AdmonitionKind Of(ReadOnlySpan<char> type)
    {
        var word = type.ToString();
        var style = StyleOf.GetValueOrDefault(word);
        return new AdmonitionKind(word, style, Capitalised(word));
    }

    private static string Capitalised(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
}
