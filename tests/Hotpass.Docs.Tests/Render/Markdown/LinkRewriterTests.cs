using Hotpass.Docs.Render.Markdown;

namespace Hotpass.Docs.Tests.Render.Markdown;

/// <summary>A link's scheme is read the way a browser reads it, so no spelling of <c>javascript:</c> gets through, and
/// relative markdown links map onto their outputs.</summary>
public sealed class LinkRewriterTests
{
    [Fact]
    public void The_ignored_characters_are_exactly_the_control_and_whitespace_characters()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            Assert.True(LinkRewriter.Ignored.Contains(c) == (char.IsControl(c) || char.IsWhiteSpace(c)), $"U+{i:X4}");
        }
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData("\u0000 jav\u00A0ascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "JaVaScRiPt")]
    [InlineData("https://example.org/a:b", "https")]
    [InlineData("mailto:ops@example.org", "mailto")]
    [InlineData("vbscript:x", "vbscript")]
    public void A_scheme_is_found_through_what_browsers_ignore(string url, string scheme) =>
        Assert.Equal(scheme, LinkRewriter.SchemeOf(url));

    [Theory]
    [InlineData("guide.md")]
    [InlineData("../how-to/a.md#step:2")]
    [InlineData("folder/x:y.md")]
    [InlineData("?q=a:b")]
    [InlineData("#a:b")]
    [InlineData(":nothing")]
    [InlineData("1http://x")]
    [InlineData("ht^tp://x")]
    public void A_relative_url_has_no_scheme(string url) => Assert.Null(LinkRewriter.SchemeOf(url));

    [Theory]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData(" data:text/html,x", "#")]
    [InlineData("https://example.org/", "https://example.org/")]
    [InlineData("../reference/cli.md#flags", "../reference/cli.html#flags")]
    [InlineData("how-to/", "how-to/index.html")]
    public void Output_urls_are_mapped_and_unsafe_ones_disarmed(string url, string mapped) =>
        Assert.Equal(mapped, LinkRewriter.MapForOutput(url));
}
