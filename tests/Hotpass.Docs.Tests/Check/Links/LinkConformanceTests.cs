using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Check.Links;

/// <summary>One small site per link rule, modelled on the fixtures of public link checkers (lychee
/// <c>fixtures/fragments</c>, htmltest <c>fixtures/links</c>, linkinator <c>test/fixtures/basetag</c>) but written
/// for this generator: each case is the page <c>how-to/a.md</c> (body below) beside fixed targets, and the exact
/// diagnostics the gate gives. The rules are documented in <c>content/reference/link-rules.md</c>.</summary>
public sealed class LinkConformanceTests
{
    private const string Ok = "";

    public static TheoryData<string, string, string> Cases => new()
    {
        // fragments (lychee fixtures/fragments)
        { "fragment to a heading", "[b](../reference/b.md#usage)", Ok },
        { "fragment to a deeper heading", "[b](../reference/b.md#deep-detail)", Ok },
        { "ids match case-sensitively", "[b](../reference/b.md#Usage)",
            "content/how-to/a.md(5,1): error HPD201: Link '../reference/b.md#Usage': 'reference/b.html' has no element with id 'Usage'; did you mean '#usage'?" },
        { "missing fragment", "[b](../reference/b.md#nowhere)",
            "content/how-to/a.md(5,1): error HPD201: Link '../reference/b.md#nowhere': 'reference/b.html' has no element with id 'nowhere'" },
        { "same-page fragment", "## Steps\n\n[s](#steps)", Ok },
        { "same-page missing fragment", "Text [s](#step).",
            "content/how-to/a.md(5,6): error HPD201: Link '#step': 'how-to/a.html' has no element with id 'step'" },
        { "'#' alone is the page itself", "[top](#)", Ok },
        { "'#top' is the top of the page", "[top](#top)", Ok },
        { "fragment naming an id in raw HTML", "<span id=\"anchor\"></span>\n\n[x](#anchor)", Ok },
        { "fragment naming a footnote", "Claim.[^1]\n\n[n](#fn:1)\n\n[^1]: Source.", Ok },
        { "fragment naming a template id", "[m](../reference/b.md#main)", Ok },
        { "percent-encoded fragment is decoded", "[u](../reference/b.md#%C3%BCber-uns)", Ok },
        { "fragment on a non-HTML target is not checked", "![d](../reference/diagram.png#anything)", Ok },

        // files (htmltest fixtures/links)
        { "link to a page", "[b](../reference/b.md)", Ok },
        { "link to a page's output", "[b](../reference/b.html)", Ok },
        { "link with a query", "[b](../reference/b.md?tab=1)", Ok },
        { "missing page", "See [gone](../governance/no-such-page.md).",
            "content/how-to/a.md(5,5): error HPD200: Link '../governance/no-such-page.md' points to 'governance/no-such-page.html', which is not part of the site" },
        { "missing page one edit away", "[b](../reference/bb.md)",
            "content/how-to/a.md(5,1): error HPD200: Link '../reference/bb.md' points to 'reference/bb.html', which is not part of the site; did you mean '../reference/b.md'?" },
        { "a link to the .md source itself is broken", "<a href=\"../reference/b.md\">b</a>",
            "content/how-to/a.md(5,1): error HPD200: Link '../reference/b.md' points to 'reference/b.md', which is not part of the site" },
        { "folder link with slash", "[r](../reference/)", Ok },
        { "folder link without slash", "[r](../reference)", Ok },
        { "folder without an index", "[r](../images/)",
            "content/how-to/a.md(5,1): error HPD200: Link '../images/' points to 'images/index.html', which is not part of the site" },
        { "percent-encoded path is decoded", "[c](caf%C3%A9.md)", Ok },
        { "non-ASCII path as written", "[c](café.md)", Ok },
        { "missing image", "![diagram](../images/missing.png)",
            "content/how-to/a.md(5,1): error HPD202: '../images/missing.png' loads 'images/missing.png', which is not part of the site" },
        { "image present", "![d](../reference/diagram.png)", Ok },
        { "missing image in raw HTML", "<img src=\"nope.png\" alt=\"\">",
            "content/how-to/a.md(5,1): error HPD202: 'nope.png' loads 'how-to/nope.png', which is not part of the site" },
        { "climbing out of the root", "[x](../../outside.md)",
            "content/how-to/a.md(5,1): error HPD203: Link '../../outside.md' climbs out of the site root" },
        { "root-relative link", "[x](/how-to/cafe.md)",
            "content/how-to/a.md(5,1): error HPD204: Link '/how-to/cafe.md' starts with '/', which breaks when the site is opened from disk or served from a sub-path" },
        { "unsafe scheme stays refused", "[x](javascript:alert(1))",
            "content/how-to/a.md(5,1): warning HPD210: Link with scheme 'javascript' was removed: only http, https, mailto and relative links are published" },
        { "external links are not fetched", "[x](https://example.invalid/nowhere) <mailto:a@example.org>", Ok },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Link_rule(string name, string body, string expected)
    {
        using var site = new TempSite();
        site.Page("how-to/a.md", "A", body + "\n", "type: how-to\n")
            .Page("how-to/café.md", "Café")
            .Page("reference/b.md", "B", "## Usage\n\n### Deep detail\n\n## Über uns\n")
            .Bytes("content/reference/diagram.png", [1, 2, 3])
            .Bytes("content/images/other.png", [1]);

        var (result, _) = site.BuildInMemory();

        Assert.True(expected == TempSite.Lines(result.Diagnostics), $"{name}: got\n{TempSite.Lines(result.Diagnostics)}");
        Assert.Equal(expected.Contains(": error ", StringComparison.Ordinal) ? 1 : 0, result.ExitCode);
    }
}
