using CsCheck;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Tests.Render.Markdown;

public sealed class LinkRewriterTests
{
    [Theory]
    [InlineData("https://example.org/a", "https")]
    [InlineData("HTTP://example.org", "HTTP")]
    [InlineData("mailto:ops@example.org", "mailto")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData(" \u0001jav\nascript :x", "javascript")]
    [InlineData("svn+ssh://host", "svn+ssh")]
    [InlineData("a.b-c:rest", "a.b-c")]
    [InlineData("how-to/rotate.md", null)]
    [InlineData("rotate.md#step:2", null)]
    [InlineData("dir/a:b", null)]
    [InlineData("?q=a:b", null)]
    [InlineData("#frag:ment", null)]
    [InlineData(":nothing", null)]
    [InlineData("1abc:x", null)]
    [InlineData("a_b:x", null)]
    [InlineData("\u00e9t\u00e9:x", null)]
    [InlineData("//cdn.example.org/x", null)]
    [InlineData("", null)]
    public void A_scheme_is_what_comes_before_the_first_colon_ignoring_what_browsers_ignore(string url, string? scheme) =>
        Assert.Equal(scheme, LinkRewriter.SchemeOf(url));

    [Fact]
    public void The_scheme_read_in_place_is_the_one_read_from_the_cleaned_url()
    {
        // The cleaned-copy reading the scanner replaced, kept as the oracle for any mix of the characters that matter.
        static string? Cleaned(string url)
        {
            var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
            var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) return null;
            var slash = cleaned.IndexOfAny(['/', '?', '#']);
            if (slash >= 0 && slash < colon) return null;
            var scheme = cleaned[..colon];
            return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme : null;
        }
        Gen.String[Gen.Char["ahH9+-._:/?# \t\n\u0001\u00e9"], 0, 12].Sample(url => Assert.Equal(Cleaned(url), LinkRewriter.SchemeOf(url)), iter: 20_000);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData(" data:text/html,x", "#")]
    [InlineData("https://example.org/", "https://example.org/")]
    [InlineData("../reference/cli.md#flags", "../reference/cli.html#flags")]
    [InlineData("how-to/", "how-to/index.html")]
    public void Output_urls_are_mapped_and_unsafe_ones_disarmed(string url, string mapped) =>
        Assert.Equal(mapped, LinkRewriter.MapForOutput(url));
}
