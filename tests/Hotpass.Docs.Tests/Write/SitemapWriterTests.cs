using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Write;

/// <summary>The sitemap protocol needs absolute locations: a sitemap only for an absolute base URL, with encoded paths.</summary>
public sealed class SitemapWriterTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("/hotpass/", null)]                          // a path alone cannot make an absolute <loc>
    [InlineData("ftp://example.org/docs/", null)]
    [InlineData("https://docs.example.org/hotpass", "https://docs.example.org/hotpass/")]
    [InlineData("http://docs.example.org/", "http://docs.example.org/")]
    public void Only_an_absolute_http_base_url_gives_a_sitemap(string? baseUrl, string? expected) =>
        Assert.Equal(expected, SitemapWriter.AbsoluteBase(baseUrl)?.AbsoluteUri);

    [Fact]
    public void Locations_are_the_base_url_plus_each_percent_encoded_page_path()
    {
        string[] pages = ["how-to/rotate secret.html", "index.html", "reference/diátaxis&co.html"];

        var xml = SitemapWriter.Write(pages, SitemapWriter.AbsoluteBase("https://docs.example.org/hotpass")!);

        Assert.Equal("""
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url>
                <loc>https://docs.example.org/hotpass/how-to/rotate%20secret.html</loc>
              </url>
              <url>
                <loc>https://docs.example.org/hotpass/index.html</loc>
              </url>
              <url>
                <loc>https://docs.example.org/hotpass/reference/di%C3%A1taxis&amp;co.html</loc>
              </url>
            </urlset>

            """.Replace("\r\n", "\n", StringComparison.Ordinal), xml.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_without_a_base_url_writes_no_sitemap_and_says_so_once()
    {
        using var site = new TempSite();
        site.Page("a.md", "A").Page("how-to/b.md", "B");

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(site.OutDir, "sitemap.xml")));
        Assert.Equal(["no sitemap.xml: its URLs must be absolute, so it needs an absolute base_url (or --base-url)"], result.Notes);
    }

    [Fact]
    public void A_build_with_an_absolute_base_url_writes_the_sitemap_and_no_note()
    {
        using var site = new TempSite();
        site.File("hotpass-docs.yml", "base_url: https://docs.example.org/x/\n").Page("a b.md", "A");

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Notes);
        Assert.Contains("<loc>https://docs.example.org/x/a%20b.html</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }
}
