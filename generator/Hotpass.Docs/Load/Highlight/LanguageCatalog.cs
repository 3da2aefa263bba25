using System.Collections.Frozen;
using Hotpass.Docs.Load.Highlight.Languages;
using Hotpass.Docs.Load.Highlight.Scanning;

namespace Hotpass.Docs.Load.Highlight;

/// <summary>Maps a fence's info string (<c>bash</c>, <c>yml</c>, <c>c#</c>) to the language that highlights it, by
/// name and the aliases people write (those the TextMate grammars listed before, for the same languages).</summary>
internal static class LanguageCatalog
{
    private static readonly FrozenDictionary<string, HighlightLanguage> ByName = Build();

    /// <summary>The language for a fence info string (its first word, case-insensitive), or null to leave it plain.</summary>
    public static HighlightLanguage? Find(string? info)
    {
        if (string.IsNullOrWhiteSpace(info)) return null;
        var name = info.AsSpan().Trim();
        var space = name.IndexOfAny([' ', '\t', '{']);
        if (space > 0) name = name[..space];
        return ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var language) ? language : null;
    }

    /// <summary>Every language, by its canonical name.</summary>
    public static IReadOnlyList<HighlightLanguage> All { get; } = [.. ByName.Values.DistinctBy(l => l.Name).OrderBy(l => l.Name, StringComparer.Ordinal)];

    private static FrozenDictionary<string, HighlightLanguage> Build()
    {
        var byName = new Dictionary<string, HighlightLanguage>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, LanguageScanner scanner, string aliases, bool console = false)
        {
            var language = new HighlightLanguage(name, scanner, console);
            foreach (var alias in (name + " " + aliases).Split(' ', StringSplitOptions.RemoveEmptyEntries)) byName.Add(alias, language);
        }
        Add("bash", Shell.Scanner, "shellscript sh shell zsh ksh csh");
        Add("console", Shell.Scanner, "shell-session shellsession terminal sh-session", console: true);
        Add("yaml", Languages.Yaml.Instance, "yml");
        Add("toml", Toml.Instance, "");
        Add("ini", Ini.Instance, "cfg conf properties editorconfig gitconfig");
        Add("json", Json.Scanner, "jsonc json5");
        Add("python", Python.Scanner, "py python3 py3");
        Add("sql", Sql.Scanner, "postgresql postgres psql pgsql sqlite mysql tsql");
        Add("csharp", CSharp.Scanner, "cs c#");
        Add("xml", Xml.Instance, "xsl xslt xsd svg xaml csproj props targets plist");
        Add("html", Xml.Instance, "htm xhtml");
        Add("dockerfile", Dockerfile.Instance, "docker containerfile");
        Add("diff", Languages.Diff.Instance, "patch udiff");
        Add("javascript", JavaScript.Scanner, "js jsx mjs cjs javascriptreact");
        Add("typescript", JavaScript.TypeScriptScanner, "ts tsx mts cts typescriptreact");
        Add("go", Go.Scanner, "golang");
        Add("rust", Rust.Scanner, "rs");
        Add("java", Java.Scanner, "");
        Add("kotlin", Java.KotlinScanner, "kt kts");
        Add("swift", Swift.Scanner, "");
        Add("c", CFamily.Scanner, "h");
        Add("cpp", CFamily.Scanner, "c++ cc cxx hpp hh hxx h++ cplusplus");
        Add("php", Php.Scanner, "");
        Add("ruby", Ruby.Scanner, "rb gemspec rake");
        Add("powershell", PowerShell.Scanner, "ps1 pwsh ps psm1 psd1 posh");
        Add("hcl", Hcl.Scanner, "terraform tf tfvars");
        Add("graphql", GraphQL.Scanner, "gql graphqls");
        Add("protobuf", Protobuf.Scanner, "proto proto2 proto3");
        Add("makefile", Makefile.Instance, "make mk mak");
        Add("nginx", Nginx.Instance, "nginxconf");
        return byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
