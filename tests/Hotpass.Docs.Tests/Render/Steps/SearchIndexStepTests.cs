using System.Text;
using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Steps;

public sealed class SearchIndexStepTests
{
    [Fact]
    public void Every_build_writes_an_index_of_its_pages_sections_and_body_words_listed_in_the_manifest()
    {
        using var site = new TempSite()
            .Page("how-to/rotate.md", "Rotate the secret", "Opening words.\n\n## Before you start\n\nRead the vault notes.\n\n"
                + "## Verify — it worked\n\nThe agent logs a line when it has read the new key from the vault, mentioning ouroboros.\n", "summary: Swap the key.\n");
        var (result, memory) = site.BuildInMemory();
        Assert.Equal(0, result.ExitCode);

        var js = Encoding.UTF8.GetString(memory.Files["search-index.js"]);
        using var index = JsonDocument.Parse(js["window.HotpassSearchIndex=".Length..^2]);
        var pages = index.RootElement.GetProperty("pages").EnumerateArray().Select(p => p[0].GetString()).ToList();
        Assert.Equal(["how-to/index.html", "how-to/rotate.html", "index.html"], pages);
        var rotate = pages.IndexOf("how-to/rotate.html");
        var sections = index.RootElement.GetProperty("sections").EnumerateArray()
            .Where(s => s[0].GetInt32() == rotate).Select(s => (s[1].GetString(), s[2].GetString(), s[3].GetString())).ToList();
        // The first id is left out because the client derives it from the heading; the second heading is not ASCII.
        Assert.Equal([("", "", "Opening words."), ("Before you start", "", "Read the vault notes.")], sections[..2]);
        Assert.Equal("Verify — it worked", sections[2].Item1);
        Assert.False(string.IsNullOrEmpty(sections[2].Item2));
        Assert.DoesNotContain("ouroboros", sections[2].Item3, StringComparison.Ordinal);
        Assert.Contains("ouroboros", index.RootElement.GetProperty("words").GetString()!.Split(' '));
        Assert.Contains("search-index.js", Encoding.UTF8.GetString(memory.Files["manifest.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_named_like_a_script_url_is_indexed_under_the_encoded_relative_url_its_links_use()
    {
        using var site = new TempSite().Page("javascript:alert(1).md", "Click me").Page("how-to/a#b c.md", "Odd");
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);

        var js = site.Read("search-index.js");
        using var index = JsonDocument.Parse(js["window.HotpassSearchIndex=".Length..^2]);
        var urls = index.RootElement.GetProperty("pages").EnumerateArray().Select(p => p[0].GetString()!).ToList();
        Assert.Contains("javascript%3Aalert(1).html", urls);
        Assert.Contains("how-to/a%23b%20c.html", urls);
        Assert.DoesNotContain(urls, u => Uri.TryCreate(u, UriKind.Absolute, out _) || u.Contains(':', StringComparison.Ordinal));
        Assert.Contains("href=\"javascript%3Aalert(1).html\"", site.Read("index.html"), StringComparison.Ordinal);
    }
}
