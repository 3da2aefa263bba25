using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Steps.Links;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Check.Links;

/// <summary>The resolver's rules on a fixed set of written files, including <c>&lt;base href&gt;</c> (after linkinator's
/// <c>test/fixtures/basetag</c>), which markdown cannot produce.</summary>
public sealed class LinkResolverTests
{
    private static readonly LinkResolver Resolver = new(Site(), "https://docs.example.org/hotpass/");

    private static RenderedSite Site()
    {
        var site = new RenderedSite();
        foreach (var (path, ids) in new (string, string[])[]
        {
            ("index.html", ["main"]), ("how-to/index.html", []), ("how-to/a.html", ["steps", "Über"]),
            ("sub/page.html", ["x"]), ("assets/site.css", []),
        })
        {
            var html = path.EndsWith(".html", StringComparison.Ordinal) ? new HtmlFacts(ids.ToHashSet(StringComparer.Ordinal), [], null) : null;
            site.Add(new RenderedFile(new WrittenFile(path, OutputKind.Page, 0, ""), null, html));
        }
        return site;
    }

    [Theory]
    [InlineData("how-to/a.html", "#steps", null, "None")]
    [InlineData("how-to/a.html", "#Steps", null, "MissingFragment")]
    [InlineData("how-to/a.html", "#%C3%9Cber", null, "None")]
    [InlineData("how-to/a.html", "../assets/site.css#anything", null, "None")]
    [InlineData("how-to/a.html", "../sub/", null, "MissingTarget")]
    [InlineData("how-to/a.html", "..", null, "None")]
    [InlineData("how-to/a.html", "../..", null, "OutsideRoot")]
    [InlineData("how-to/a.html", "/index.html", null, "RootRelative")]
    [InlineData("how-to/a.html", "https://example.org/", null, "External")]
    [InlineData("how-to/a.html", "//cdn.example.org/x.js", null, "External")]
    [InlineData("how-to/a.html", "mailto:a@example.org", null, "Unchecked")]
    // <base href>: relative to the page, the configured base URL (the site root), anything else unknowable
    [InlineData("how-to/a.html", "page.html#x", "../sub/", "None")]
    [InlineData("how-to/a.html", "page.html#y", "../sub/", "MissingFragment")]
    [InlineData("how-to/a.html", "a.html", "../sub/", "MissingTarget")]
    [InlineData("how-to/a.html", "#x", "../sub/page.html", "None")]
    [InlineData("404.html", "index.html#main", "https://docs.example.org/hotpass/", "None")]
    [InlineData("404.html", "how-to/a.html", "/hotpass/", "None")]
    [InlineData("404.html", "nowhere.html", "https://docs.example.org/hotpass/", "MissingTarget")]
    [InlineData("404.html", "nowhere.html", "https://elsewhere.example.org/", "Unchecked")]
    [InlineData("404.html", "a.html", "../../", "OutsideRoot")]
    public void Resolves_by_the_documented_rules(string from, string href, string? baseHref, string expected) =>
        Assert.Equal(expected, Resolver.Resolve(from, href, baseHref).Problem.ToString());

    [Fact]
    public void Near_misses_are_suggested()
    {
        Assert.Equal("a.html", Resolver.Resolve("how-to/x.html", "b.html").Suggestion);
        Assert.Equal("steps", Resolver.Resolve("how-to/a.html", "#step").Suggestion);
        Assert.Null(Resolver.Resolve("how-to/a.html", "#nothing-like-it").Suggestion);
    }
}
