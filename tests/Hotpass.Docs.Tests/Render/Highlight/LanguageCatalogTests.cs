using System.Text.RegularExpressions;
using Hotpass.Docs.Load.Highlight;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Highlight;

public sealed class LanguageCatalogTests
{
    [Theory]
    [InlineData("bash", "bash"), InlineData("sh", "bash"), InlineData("shell", "bash"), InlineData("zsh", "bash"), InlineData("shellscript", "bash")]
    [InlineData("console", "console"), InlineData("shell-session", "console"), InlineData("terminal", "console")]
    [InlineData("yml", "yaml"), InlineData("TOML", "toml"), InlineData("cfg", "ini"), InlineData("conf", "ini")]
    [InlineData("jsonc", "json"), InlineData("py", "python"), InlineData("python3", "python")]
    [InlineData("postgresql", "sql"), InlineData("psql", "sql"), InlineData("cs", "csharp"), InlineData("C#", "csharp")]
    [InlineData("svg", "xml"), InlineData("xaml", "xml"), InlineData("csproj", "xml"), InlineData("htm", "html")]
    [InlineData("docker", "dockerfile"), InlineData("Containerfile", "dockerfile"), InlineData("patch", "diff")]
    [InlineData("js", "javascript"), InlineData("ts", "typescript")]
    [InlineData("golang", "go"), InlineData("rs", "rust"), InlineData("java", "java"), InlineData("kt", "kotlin")]
    [InlineData("ps1", "powershell"), InlineData("pwsh", "powershell"), InlineData("terraform", "hcl"), InlineData("tf", "hcl")]
    [InlineData("rb", "ruby"), InlineData("php", "php"), InlineData("h", "c"), InlineData("c++", "cpp"), InlineData("hpp", "cpp")]
    [InlineData("swift", "swift"), InlineData("make", "makefile"), InlineData("Makefile", "makefile"), InlineData("gql", "graphql")]
    [InlineData("proto", "protobuf"), InlineData("nginx", "nginx")]
    public void A_fence_name_or_alias_finds_its_language(string fence, string language) =>
        Assert.Equal(language, LanguageCatalog.Find(fence)?.Name);

    [Theory]
    [InlineData("python {.numberLines}"), InlineData("  python  "), InlineData("python title=\"x.py\""), InlineData("python\tx")]
    public void Only_the_info_strings_first_word_names_the_language(string info) =>
        Assert.Equal("python", LanguageCatalog.Find(info)?.Name);

    [Fact]
    public void Every_token_class_is_coloured_in_light_and_dark()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "assets", "site.css"));
        foreach (var cls in TokenClasses.All)
        {
            var rule = Regex.Match(css, @"pre\.code \." + Regex.Escape(cls) + @" \{([^}]*)\}");
            Assert.True(rule.Success, $"no rule for .{cls} in site.css");
            var variables = Regex.Matches(rule.Groups[1].Value, @"var\((--[a-z-]+)\)").Select(m => m.Groups[1].Value).ToList();
            Assert.True(variables.Count > 0, $".{cls} takes no theme colour");
            // Light in :root, dark in the toggle's block and the prefers-color-scheme block.
            foreach (var variable in variables)
                Assert.True(Regex.Count(css, Regex.Escape(variable) + ":") >= 3, $"{variable} (for .{cls}) is not set in light and both dark blocks");
        }
    }
}
