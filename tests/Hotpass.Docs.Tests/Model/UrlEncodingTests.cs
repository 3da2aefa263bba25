using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Tests.Model;

/// <summary>Generated URLs from file names are percent-encoded relative paths that never read as a scheme.</summary>
public sealed class UrlEncodingTests
{
    [Theory]
    [InlineData("how-to/rotate.html", "how-to/rotate.html")]
    [InlineData("javascript:alert(1).html", "javascript%3Aalert(1).html")]
    [InlineData("a#b.html", "a%23b.html")]
    [InlineData("a?b.html", "a%3Fb.html")]
    [InlineData("100%.html", "100%25.html")]
    [InlineData("a\\b.html", "a%5Cb.html")]
    [InlineData("my page.html", "my%20page.html")]
    [InlineData("café/é.html", "caf%C3%A9/%C3%A9.html")]
    [InlineData("a\u0001b.html", "a%01b.html")]
    [InlineData("emoji-😀.html", "emoji-%F0%9F%98%80.html")]
    [InlineData("q\"<x>.html", "q%22%3Cx%3E.html")]
    public void A_file_name_becomes_a_percent_encoded_relative_url(string outputPath, string href) =>
        Assert.Equal(href, UrlEncoding.Href(outputPath));

    [Fact]
    public void A_page_named_like_a_script_url_is_linked_as_a_relative_file()
    {
        using var site = new TempSite();
        site.Page("javascript:alert(1).md", "Click me").Page("how-to/a#b?c%d\\e f é.md", "Odd");
        var result = site.Build(baseUrl: "https://docs.example.org/");
        Assert.Equal(0, result.ExitCode);
        var home = site.Read("index.html");
        Assert.Contains("href=\"javascript%3Aalert(1).html\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", home, StringComparison.Ordinal);
        var index = site.Read("how-to/index.html");
        Assert.Contains("href=\"../how-to/a%23b%3Fc%25d%5Ce%20f%20%C3%A9.html\"", index, StringComparison.Ordinal);
        Assert.Contains("<loc>https://docs.example.org/javascript%3Aalert(1).html</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.OutDir, "how-to/a#b?c%d\\e f é.html")));
    }

    [Fact]
    public void A_control_character_in_a_file_name_does_not_crash_the_sitemap()
    {
        using var site = new TempSite();
        site.Page("bell\u0007.md", "Bell");
        var result = site.Build(baseUrl: "https://docs.example.org/");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<loc>https://docs.example.org/bell%07.html</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }
}
