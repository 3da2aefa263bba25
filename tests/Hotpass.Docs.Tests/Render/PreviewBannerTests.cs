using System.Text;
using System.Text.RegularExpressions;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Render;
using Hotpass.Docs.Tests.TestSupport;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Tests.Render;

/// <summary>The preview banner: on every page of a preview build, on none of a normal build, and a preview built
/// for a sub-path has only relative links that the link gate resolves.</summary>
public sealed partial class PreviewBannerTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private static TempSite Site() => new TempSite()
        .Page("index.md", "Home", "See [the guide](how-to/guide.md#steps) and ![a diagram](how-to/diagram.svg).\n")
        .Page("how-to/guide.md", "Guide", "## Steps\n\nBack [home](../index.md).\n")
        .File("content/how-to/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    private static (BuildResult Result, InMemorySite Memory) Build(TempSite site, PreviewBanner? preview, string? baseUrl = null)
    {
        var memory = new InMemorySite();
        var result = SitePipeline.CreateDefault().Run(new BuildRequest(site.Root, AsOf: "2025-11-23T10:30:00Z", BaseUrl: baseUrl, Preview: preview), memory);
        return (result, memory);
    }

    private static IEnumerable<string> Pages(InMemorySite memory) =>
        memory.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Value));

    [Fact]
    public void Every_page_of_a_preview_build_shows_the_banner()
    {
        using var site = Site();
        var (result, memory) = Build(site, new PreviewBanner(123, Sha, "https://docs.example.org/hotpass/"));
        Assert.Equal(0, result.ExitCode);
        var pages = Pages(memory).ToList();
        Assert.Equal(4, pages.Count); // home, the how-to section index, the guide, 404
        Assert.All(pages, html => Assert.Contains(
            "<strong>Preview</strong> of pull request #123 at commit <code title=\"" + Sha + "\">0123456789ab</code>, built <time datetime=\"2025-11-23T10:30:00Z\">2025-11-23 10:30 UTC</time>.\n"
            + "<a href=\"https://docs.example.org/hotpass/\">Go to the published site</a>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void A_normal_build_has_no_banner()
    {
        using var site = Site();
        var (result, memory) = Build(site, null);
        Assert.Equal(0, result.ExitCode);
        Assert.All(Pages(memory), html => Assert.DoesNotContain("class=\"preview-banner\"", html, StringComparison.Ordinal));
    }

    [Fact]
    public void A_preview_without_commit_or_published_url_says_so()
    {
        using var site = Site();
        var (_, memory) = Build(site, new PreviewBanner(7, null, null));
        var home = Encoding.UTF8.GetString(memory.Files["index.html"]);
        Assert.Contains("of pull request #7, built <time", home, StringComparison.Ordinal);
        Assert.Contains("Not the published site.", home, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preview_for_a_sub_path_passes_the_link_gate_with_only_relative_links()
    {
        using var site = Site();
        var (result, memory) = Build(site, new PreviewBanner(123, Sha, "https://docs.example.org/hotpass/"), "https://example.github.io/hotpass/pr-123/");
        Assert.Equal("", TempSite.Lines(result.Diagnostics));
        Assert.Equal(0, result.ExitCode);
        foreach (var (path, bytes) in memory.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && f.Key != "404.html"))
        {
            foreach (Match link in Links().Matches(Encoding.UTF8.GetString(bytes)))
            {
                var target = link.Groups[1].Value;
                if (target == "https://docs.example.org/hotpass/") continue;
                // The page's own canonical address is absolute by definition; browsers never follow it.
                if (target == "https://example.github.io/hotpass/pr-123/" + path) continue;
                Assert.False(target.StartsWith('/') || target.Contains("://", StringComparison.Ordinal), $"{path}: {target}");
            }
        }
        // The base URL reaches only the sitemap, each page's canonical link (and the 404 page, shown at any depth).
        Assert.Contains("<loc>https://example.github.io/hotpass/pr-123/how-to/guide.html</loc>", Encoding.UTF8.GetString(memory.Files["sitemap.xml"]), StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Links();
}
