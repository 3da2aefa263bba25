using TextMateSharp.Grammars;

namespace Hotpass.Docs.Render.Highlight;

/// <summary>Maps a fence's info string (<c>bash</c>, <c>yml</c>, <c>c#</c>) to the grammar that highlights it: every
/// language TextMateSharp bundles, by id and alias, plus the names these docs use for the same things.</summary>
public static class LanguageCatalog
{
    private const string ShellScope = "source.shell";

    // Names people write in fences that the bundled grammars do not list as aliases. TOML has no bundled grammar; its
    // tables, keys, strings and comments read the same as INI's, so the INI grammar colours it.
    private static readonly (string Name, string LanguageId)[] ExtraAliases =
    [
        ("shell", "shellscript"), ("toml", "ini"), ("cfg", "ini"), ("conf", "ini"), ("yml", "yaml"),
        ("cs", "csharp"), ("c#", "csharp"), ("py", "python"), ("python3", "python"), ("jsonc", "jsonc"),
        ("docker", "dockerfile"), ("containerfile", "dockerfile"), ("patch", "diff"), ("svg", "xml"),
        ("xaml", "xml"), ("csproj", "xml"), ("htm", "html"), ("pwsh", "powershell"), ("ps1", "powershell"),
        ("js", "javascript"), ("ts", "typescript"), ("md", "markdown"), ("postgresql", "sql"), ("psql", "sql"),
    ];

    private static readonly string[] ConsoleNames = ["console", "shell-session", "shellsession", "terminal", "sh-session"];

    private static readonly Lazy<Dictionary<string, HighlightLanguage>> Languages = new(Build);

    /// <summary>The language for a fence info string (its first word, case-insensitive), or null to leave it plain.</summary>
    public static HighlightLanguage? Find(string? info)
    {
        if (string.IsNullOrWhiteSpace(info)) return null;
        var name = info.Trim();
        var space = name.IndexOfAny([' ', '\t', '{']);
        if (space > 0) name = name[..space];
        return Languages.Value.TryGetValue(name, out var language) ? language : null;
    }

    private static Dictionary<string, HighlightLanguage> Build()
    {
        var options = new RegistryOptions(ThemeName.LightPlus);
        var byName = new Dictionary<string, HighlightLanguage>(StringComparer.OrdinalIgnoreCase);
        var scopeOfId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in options.GetAvailableLanguages().OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            var scope = options.GetScopeByLanguageId(language.Id);
            if (string.IsNullOrEmpty(scope)) continue;
            scopeOfId.TryAdd(language.Id, scope);
            byName.TryAdd(language.Id, new HighlightLanguage(language.Id, scope));
            foreach (var alias in language.Aliases ?? [])
                if (!alias.Contains(' ', StringComparison.Ordinal)) byName.TryAdd(alias, new HighlightLanguage(language.Id, scope));
        }
        foreach (var (name, id) in ExtraAliases)
            if (scopeOfId.TryGetValue(id, out var scope)) byName.TryAdd(name, new HighlightLanguage(id, scope));
        foreach (var name in ConsoleNames) byName[name] = new HighlightLanguage("console", ShellScope, IsConsole: true);
        return byName;
    }
}
