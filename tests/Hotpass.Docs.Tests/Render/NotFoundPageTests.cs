using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render;

/// <summary>404.html is returned for missing paths at any depth, so nothing on it may depend on where it sits.</summary>
public sealed class NotFoundPageTests
{
    private static string Build404(string config, string? css = null)
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", config).Page("a.md", "A");
        if (css is not null) site.File("templates/assets/site.css", css);
        Assert.Equal(0, site.Build().ExitCode);
        return site.Read("404.html");
    }

    [Fact]
    public void Without_a_base_url_the_stylesheet_is_inlined_and_a_script_finds_the_root()
    {
        var html = Build404("title: T\n");

        Assert.DoesNotContain("<link rel=\"stylesheet\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<base", html, StringComparison.Ordinal);
        Assert.Contains("<style>/* Hotpass.Docs default theme.", html, StringComparison.Ordinal);
        Assert.Contains("fetch(dir + \"assets/site.css\", { method: \"HEAD\" })", html, StringComparison.Ordinal);
        Assert.Contains("<noscript><p>Start again from the <a href=\"/\">top of this server</a>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(href|src)=\"(?!/\"|#|index\\.html|[a-z-]+/index\\.html|a\\.html)", html);
    }

    [Theory]
    [InlineData("https://docs.example.org/hotpass", "https://docs.example.org/hotpass/")]
    [InlineData("/hotpass", "/hotpass/")]
    public void With_a_base_url_links_and_stylesheet_resolve_against_it(string baseUrl, string expected)
    {
        var html = Build404($"base_url: {baseUrl}\n");

        Assert.Contains($"<base href=\"{expected}\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"assets/site.css\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<noscript>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_stylesheet_cannot_close_the_style_element_it_is_inlined_into()
    {
        var html = Build404("title: T\n", "body { color: red; } </style><script>alert(1)</script>");

        Assert.Contains("<style>body { color: red; } <\\/style><script>alert(1)<\\/script>", html, StringComparison.Ordinal);
        // Every style element the page opens is closed once, and no more: the theme's text closed none of them.
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(html, "<style", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            System.Text.RegularExpressions.Regex.Count(html, "</style", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }
}
