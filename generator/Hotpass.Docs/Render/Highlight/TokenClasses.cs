namespace Hotpass.Docs.Render.Highlight;

/// <summary>Maps TextMate scopes onto the theme's small set of token classes (<c>hl-kw</c>, <c>hl-str</c>, …), so
/// colours live in CSS and dark mode can restyle them.</summary>
public static class TokenClasses
{
    // Checked in order against each scope, innermost first; the first prefix that matches names the class.
    private static readonly (string Prefix, string Class)[] Rules =
    [
        ("comment", "hl-com"),
        ("markup.inserted", "hl-ins"), ("markup.deleted", "hl-del"), ("meta.diff.range", "hl-meta"),
        ("meta.diff.header", "hl-meta"), ("markup.changed", "hl-meta"), ("markup.heading", "hl-ty"),
        ("string.regexp", "hl-str"), ("string.unquoted.plain", "hl-str"), ("string", "hl-str"),
        ("constant.numeric", "hl-num"), ("constant.character.escape", "hl-const"), ("constant", "hl-const"),
        ("support.type.property-name", "hl-key"), ("entity.name.tag.yaml", "hl-key"), ("keyword.other.definition.ini", "hl-key"),
        ("keyword.operator", "hl-op"), ("keyword", "hl-kw"), ("storage", "hl-kw"),
        ("entity.name.function", "hl-fn"), ("support.function", "hl-fn"), ("meta.function-call.generic", "hl-fn"),
        ("entity.name.tag", "hl-tag"), ("entity.other.attribute-name", "hl-attr"),
        ("entity.name.type", "hl-ty"), ("entity.name.class", "hl-ty"), ("entity.name.section", "hl-ty"),
        ("entity.other.inherited-class", "hl-ty"), ("support.type", "hl-ty"), ("support.class", "hl-ty"),
        ("variable.parameter", "hl-var"), ("variable.other.normal", "hl-var"), ("variable.other.readwrite.shell", "hl-var"),
        ("variable.language", "hl-const"), ("support.variable", "hl-var"),
    ];

    /// <summary>The class for a token with these scopes (outermost first, as TextMate lists them), or null for plain text.</summary>
    public static string? For(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var scope = scopes[i];
            foreach (var (prefix, cls) in Rules)
                if (scope.StartsWith(prefix, StringComparison.Ordinal)
                    && (scope.Length == prefix.Length || scope[prefix.Length] == '.'))
                    return cls;
        }
        return null;
    }
}
