using System.Text;
using Hotpass.Docs.Steps.Search;
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

        var index = SearchIndexReader.FromBytes(memory.Files);
        Assert.Equal(["how-to/index.html", "how-to/rotate.html", "index.html"], index.Pages.Select(p => p.Url));
        var rotate = index.Pages[index.PageIndex("how-to/rotate.html")];
        // The first id is left out because the client derives it from the heading; the second heading is not ASCII.
        Assert.Equal([("", "", "Opening words."), ("Before you start", "", "Read the vault notes.")], rotate.Sections.Take(2));
        Assert.Equal("Verify — it worked", rotate.Sections[2].Heading);
        Assert.False(string.IsNullOrEmpty(rotate.Sections[2].Id));
        Assert.Equal(SearchPlace.Of(2, SearchPlace.Body), index.PlaceOf("ouroboros", "how-to/rotate.html"));
        Assert.Equal(SearchPlace.Of(1, SearchPlace.Body), index.PlaceOf("vault", "how-to/rotate.html"));
        var manifest = Encoding.UTF8.GetString(memory.Files["manifest.json"]);
        Assert.Contains("\"path\": \"search-index.js\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"search/k0.js\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"search/p0.js\"", manifest, StringComparison.Ordinal);
    }

    /// <summary>Every kind of page the site writes is in the index with its title, its ids as keys, and the text it shows,
    /// by the sections its layout writes.</summary>
    [Fact]
    public void Generated_pages_are_indexed_with_their_ids_and_the_text_they_show()
    {
        using var site = GovernanceSite.Create();
        var result = site.Build();
        Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
        var index = SearchIndexReader.FromFolder(site.OutDir);

        const string control = "governance/controls/CTL-VAULT.html";
        Assert.Equal("CTL-VAULT: Secrets in Vault", index.Pages[index.PageIndex(control)].Title);
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OwnId), index.PlaceOf("ctl-vault", control));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OtherId), index.PlaceOf("demo:r1", control));
        var sections = index.Pages[index.PageIndex(control)].Sections;
        Assert.Equal(["", "Safeguards", "Risks it mitigates", "Requirements it satisfies", "Pages that document it", "Evidence"], sections.Select(s => s.Heading));
        // An id the client derives from its heading is left out of the index (HeadingSlug); these are the ids the layout writes.
        Assert.Equal(["", "safeguards", "mitigates", "satisfies", "documented-by", "evidence"],
            sections.Select(s => s.Id.Length > 0 ? s.Id : HeadingSlug.Derive(s.Heading)));
        Assert.Equal(SearchPlace.Of(1, SearchPlace.Body), index.PlaceOf("detect-secrets", control));
        Assert.Equal(SearchPlace.Of(2, SearchPlace.Body), index.PlaceOf("rsk-leak", control));
        Assert.Equal(SearchPlace.Of(4, SearchPlace.Body), index.PlaceOf("rotate", control));

        const string risk = "governance/risks/RSK-LEAK.html";
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OwnId), index.PlaceOf("rsk-leak", risk));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Summary), index.PlaceOf("credentials", risk));
        Assert.Equal(SearchPlace.Of(1, SearchPlace.Body), index.PlaceOf("ctl-vault", risk));

        const string requirement = "governance/frameworks/DEMO/R1.html";
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OwnId), index.PlaceOf("demo:r1", requirement));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OtherId), index.PlaceOf("r1", requirement));
        Assert.Equal(SearchPlace.Of(1, SearchPlace.Body), index.PlaceOf("ctl-vault", requirement));

        const string evidence = "evidence/vault-audit.csv.html";
        Assert.Equal(SearchPlace.Of(0, SearchPlace.OwnId), index.PlaceOf("vault-audit", evidence));
        Assert.Equal(SearchPlace.Of(1, SearchPlace.Body), index.PlaceOf("ctl-vault", evidence));

        Assert.Equal(SearchPlace.Of(1, SearchPlace.Body), index.PlaceOf("rsk-slow", "governance/register.html"));
        Assert.Equal(SearchPlace.Of(2, SearchPlace.Body), index.PlaceOf("ctl-review", "governance/matrix.html"));
        Assert.Equal(SearchPlace.Of(0, SearchPlace.Body), index.PlaceOf("export", "evidence/index.html"));
    }

    [Fact]
    public void A_page_named_like_a_script_url_is_indexed_under_the_encoded_relative_url_its_links_use()
    {
        using var site = new TempSite().Page("javascript:alert(1).md", "Click me").Page("how-to/a#b c.md", "Odd");
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);

        var urls = SearchIndexReader.FromFolder(site.OutDir).Pages.Select(p => p.Url).ToList();
        Assert.Contains("javascript%3Aalert(1).html", urls);
        Assert.Contains("how-to/a%23b%20c.html", urls);
        Assert.DoesNotContain(urls, u => Uri.TryCreate(u, UriKind.Absolute, out _) || u.Contains(':', StringComparison.Ordinal));
        Assert.Contains("href=\"javascript%3Aalert(1).html\"", site.Read("index.html"), StringComparison.Ordinal);
    }
}
