using System.Text.RegularExpressions;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Load.Markdown;

/// <summary>Each heading with an id gets a link to itself beside it: the HTML it is written as, no new id, and a site
/// full of them passing the link gate.</summary>
public sealed partial class HeadingAnchorTests
{
    private static readonly PageDocumentReader Reader = new(new MarkdownRenderer(MarkdownPipelineFactory.CreateBuilder().Build()));

    [Fact]
    public void A_heading_is_written_with_a_named_link_to_its_id_beside_it()
    {
        var document = Reader.Read(new PageSource("p.md", "content/p.md", FrontMatter.Empty, "## Why not *SOPS* & `age`?\n\nText.\n", 5), new DiagnosticBag());
        Assert.Equal(
            "<div class=\"heading heading-2\"><h2 id=\"why-not-sops--age\">Why not <em>SOPS</em> &amp; <code>age</code>?</h2>"
            + "<a class=\"heading-anchor\" href=\"#why-not-sops--age\" aria-label=\"Link to this section: Why not SOPS &amp; age?\">#</a></div>\n<p>Text.</p>",
            document.BodyHtml.Trim());
        Assert.Equal(["why-not-sops--age"], document.Ids);
    }

    [Fact]
    public void A_built_page_has_a_link_per_heading_no_id_twice_and_passes_the_link_gate_strictly()
    {
        using var site = new TempSite()
            .Page("index.md", "Home", "# Overview\n\n## Install\n\n## Install\n\n### Ünïcode heading\n\nSee [install](#install-1).\n");
        var result = site.Build(strict: true);
        Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
        var html = site.Read("index.html");
        foreach (var id in (string[])["overview", "install", "install-1", "ünïcode-heading"])
            Assert.Contains($"<a class=\"heading-anchor\" href=\"#{id}\"", html, StringComparison.Ordinal);
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
    }

    [Fact]
    public void On_a_page_with_raw_html_the_sanitiser_keeps_heading_links_and_collapsible_admonitions()
    {
        var bag = new DiagnosticBag();
        var document = Reader.Read(new PageSource("p.md", "content/p.md", FrontMatter.Empty,
            "## Steps\n\n<b>raw</b>\n\n???+ note \"More\"\n    Body.\n", 5), bag);
        Assert.Empty(bag.ToSortedList());
        Assert.Contains("<a class=\"heading-anchor\" href=\"#steps\" aria-label=\"Link to this section: Steps\">#</a>", document.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<details class=\"admonition admonition-note\" open=\"\">\n<summary class=\"admonition-title\">More</summary>", document.BodyHtml, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex Id();
}
