using System.Text;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Tests.Load.Yaml;

/// <summary>Limits against hostile YAML, proved on the inputs that break naive readers.</summary>
public sealed class YamlDocumentReaderTests
{
    private static (YamlNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var node = YamlDocumentReader.Read(yaml, "f.yml", 1, bag);
        return (node, bag.ToSortedList());
    }

    [Theory]
    [InlineData("a: 1\na: 2\n", "HPD007", "f.yml(2,1): error HPD007: Invalid YAML in the site configuration: duplicate key 'a'")]
    [InlineData("a: [1\n", "HPD007", "f.yml(2,1): error HPD007: Invalid YAML in the site configuration: While parsing a flow sequence, did not find expected ',' or ']'.")]
    public void Problems_are_reported_with_the_codes_the_caller_gives(string yaml, string code, string expected)
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlDocumentReader.Read(yaml, "f.yml", 1, bag, codes: YamlCodes.SiteConfig));
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal((code, expected), (d.Code, d.ToString()));
    }

    [Fact]
    public void An_alias_bomb_stops_at_the_expansion_budget()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 'b'; level <= 'j'; level++)
            yaml.Append(CultureInvariant($"{level}: &{level} [*{(char)(level - 1)}, *{(char)(level - 1)}, *{(char)(level - 1)}, *{(char)(level - 1)}, *{(char)(level - 1)}, *{(char)(level - 1)}, *{(char)(level - 1)}, *{(char)(level - 1)}, *{(char)(level - 1)}, *{(char)(level - 1)}]\n"));
        var (node, diagnostics) = Read(yaml.ToString());
        Assert.Null(node);
        var d = Assert.Single(diagnostics);
        Assert.Equal("HPD112", d.Code);
        Assert.Contains("once aliases are expanded", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        var yaml = "k: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var (node, diagnostics) = Read(yaml);
        Assert.Null(node);
        Assert.Equal("f.yml(1,67): error HPD112: YAML is too large or too deeply nested: nesting deeper than 64 levels",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Aliases_within_budget_resolve_to_their_anchor()
    {
        var (node, diagnostics) = Read("base: &b {owner: Platform}\ncopy: *b\n");
        Assert.Empty(diagnostics);
        var map = Assert.IsType<YamlMapping>(node);
        Assert.Same(map["base"], map["copy"]);
    }

    [Fact]
    public void An_alias_to_an_unknown_anchor_is_reported()
    {
        var (_, diagnostics) = Read("a: *missing\n");
        Assert.Equal("HPD102", Assert.Single(diagnostics).Code);
    }

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);
}
