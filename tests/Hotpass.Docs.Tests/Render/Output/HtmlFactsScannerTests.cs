using System.Globalization;
using CsCheck;
using Hotpass.Docs.Render.Output;

namespace Hotpass.Docs.Tests.Render.Output;

public sealed class HtmlFactsScannerTests
{
    private const string Layout = "templates/layouts/page.liquid";

    /// <summary>Pieces a page is made of, the awkward ones among them: one that starts with an attribute, one that ends
    /// inside a value, a <c>base</c> element split over two pieces, text with an equals sign, a srcset.</summary>
    private static readonly string[] Pieces =
    [
        "<nav><a href=\"../index.html\">Home</a> <a href=\"s/one.html#top\">One</a></nav>\n",
        "<h2 id=\"intro\">Intro</h2>\n",
        "<img src=\"a.png\" srcset=\"a.png 1x, a@2x.png 2x\" alt=\"\">",
        "<base href=\"/docs/\">",
        "<base",
        " href=\"/other/\">",
        "href=\"loose.html\" ",
        "<a href=\"open",
        ".html\">split</a>",
        "x = y, and a=\"b\" in text ",
        "<p class=\"a=b\" id=\"c&amp;d\">q</p>",
        "\n  <div id=\"main\"><a href=\"#intro\">up</a></div>",
        "",
        "=",
        "\"",
    ];

    /// <summary>A page as pieces, each written plainly or as reused output recorded where it is written.</summary>
    private static (string Html, ReusedSpans Spans) Page(IEnumerable<(int Piece, bool Reused)> pieces)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var spans = new ReusedSpans(writer);
        foreach (var (piece, reused) in pieces)
        {
            if (reused) spans.Writing(writer, new ReusedOutput(Pieces[piece]));
            writer.Write(Pieces[piece]);
        }
        return (writer.ToString(), spans);
    }

    private static string Describe(HtmlFacts facts) =>
        string.Join("\n", facts.Ids.Order(StringComparer.Ordinal)) + "\n--\n"
        + string.Join("\n", facts.Links.Select(l => $"{l.Href}|{l.Written}|{l.Kind}|{l.Origin}|{l.FromTemplate}").Order(StringComparer.Ordinal))
        + "\n--\n" + facts.BaseHref;

    [Fact]
    public void Reused_output_gives_the_facts_one_plain_scan_gives()
    {
        Gen.Select(Gen.Int[0, Pieces.Length - 1], Gen.Bool).Array[0, 12].Sample(pieces =>
        {
            var (html, spans) = Page(pieces);
            var plain = HtmlFactsScanner.Scan(html, Layout, null, "", null);
            var reused = HtmlFactsScanner.Scan(html, Layout, null, "", null, spans);
            Assert.Equal(Describe(plain), Describe(reused));
        }, iter: 4000);
    }

    [Fact]
    public void Reused_output_inside_the_body_keeps_the_markdown_origin()
    {
        // A partial that prints the body (its key then holds the body's text) must not turn body links into template links.
        var body = "<p><a href=\"b.html\">b</a></p>";
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var spans = new ReusedSpans(writer);
        writer.Write("<main>");
        spans.Writing(writer, new ReusedOutput(body));
        writer.Write(body + "</main>");
        var facts = HtmlFactsScanner.Scan(writer.ToString(), Layout, null, body, "content/a.md", spans);
        var link = Assert.Single(facts.Links);
        Assert.False(link.FromTemplate);
        Assert.Equal("content/a.md", link.Origin.Path);
    }

    [Fact]
    public void Pages_showing_the_same_output_share_its_links()
    {
        var output = new ReusedOutput(Pieces[0]);
        HtmlFacts Scan()
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            var spans = new ReusedSpans(writer);
            spans.Writing(writer, output);
            writer.Write(output.Text);
            return HtmlFactsScanner.Scan(writer.ToString(), Layout, null, "", null, spans);
        }
        var first = Scan();
        var second = Scan();
        Assert.Equal(2, first.Links.Count);
        Assert.Same(first.Links[0], second.Links[0]);
    }

    [Theory]
    [InlineData("<a href=\"x.html\">x</a>", true)]
    [InlineData("\n  <a href=\"x.html\">x</a>", true)]
    [InlineData("no attributes here", true)]
    [InlineData("href=\"x.html\" ", false)]
    [InlineData("<a href=\"open", false)]
    [InlineData("<a title=", false)]
    public void Output_stands_alone_when_it_starts_with_an_element_and_closes_its_values(string text, bool alone) =>
        Assert.Equal(alone, new ReusedOutput(text).Attributes is not null);

    [Fact]
    public void Output_written_anywhere_but_the_page_is_not_recorded()
    {
        var page = new StringWriter(CultureInfo.InvariantCulture);
        var spans = new ReusedSpans(page);
        page.Write("<p>");
        spans.Writing(new StringWriter(CultureInfo.InvariantCulture), new ReusedOutput("<b>x</b>"));
        spans.Writing(page, new ReusedOutput("<i>y</i>"));
        var (start, output) = Assert.Single(spans.Spans);
        Assert.Equal(3, start);
        Assert.Equal("<i>y</i>", output.Text);
    }
}
