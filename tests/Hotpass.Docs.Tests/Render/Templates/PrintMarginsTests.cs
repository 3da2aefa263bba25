using Hotpass.Docs.Render.Templates;

namespace Hotpass.Docs.Tests.Render.Templates;

public sealed class PrintMarginsTests
{
    [Fact]
    public void The_site_line_goes_top_left_and_the_url_bottom_left()
    {
        Assert.Equal(
            "@page { @top-left { content: \"Docs \\b7  as of 2025-11-23 00:00 UTC\"; } @bottom-left { content: \"https://docs.example.org/a\\25 20b.html\"; } }",
            PrintMargins.Css("Docs · as of 2025-11-23 00:00 UTC", "https://docs.example.org/a%20b.html"));
        Assert.DoesNotContain("bottom-left", PrintMargins.Css("Docs", null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("</style><script>alert(1)</script>")]
    [InlineData("a\"; } body { display: none } x { content: \"")]
    [InlineData("back\\slash\nnew line")]
    public void Nothing_in_a_title_can_end_the_string_or_the_style_element(string title)
    {
        var css = PrintMargins.Css(title, null);
        var content = css["@page { @top-left { content: \"".Length..^"\"; } }".Length];
        Assert.DoesNotContain('"', content);
        Assert.DoesNotContain('<', content);
        Assert.DoesNotContain('\n', content);
        Assert.DoesNotContain(';', content);
        Assert.DoesNotContain('}', content);
    }
}
