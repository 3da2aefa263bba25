using System.Diagnostics;
using System.Text;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Html;
using Hotpass.Docs.Load.Markdown;
using Xunit.Abstractions;

namespace Hotpass.Docs.Tests.Render.Output;

/// <summary>One raw-HTML element with very many <c>href</c> attributes (issue 24): for each href the scanner looked
/// back to the start of the text for the '&lt;' that opened its element (is it &lt;base&gt;?), and the link collector
/// counted newlines from the start of the block, so a 3.6 MB element took 68 s to check. Both now look back only as far
/// as their previous lookup. The results are asserted, the time printed.</summary>
public sealed class ManyAttributesTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_href_of_one_huge_element_is_found_with_its_kind()
    {
        const int Count = 200_000;
        var html = new StringBuilder("<p>text</p><base href=\"/docs/\" href=\"/again/\"><a");
        for (var i = 0; i < Count; i++) html.Append(" href=\"p").Append(i).Append(".html\"");
        html.Append(">x</a><a href=\"last.html\">y</a>");
        var text = html.ToString();
        var found = new List<HtmlAttributeValue>();
        var clock = Stopwatch.StartNew();
        Assert.True(HtmlAttributeScanner.Scan(text, 0, text.Length, found));
        output.WriteLine($"{text.Length / 1e6:0.0} MB, {Count} hrefs in one element: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal(Count + 3, found.Count);
        Assert.Equal([HtmlAttributeKind.BaseHref, HtmlAttributeKind.BaseHref], found.Take(2).Select(a => a.Kind));
        Assert.All(found.Skip(2), a => Assert.Equal(HtmlAttributeKind.Href, a.Kind));
        Assert.Equal("p123456.html", found[2 + 123_456].Value);
        Assert.Equal("last.html", found[^1].Value);
    }

    [Fact]
    public void A_base_element_after_many_links_is_still_recognised_and_one_split_across_scans_too()
    {
        var text = string.Concat(Enumerable.Repeat("<a href=\"x.html\">x</a>", 10_000)) + "<base href=\"/b/\">" + "<a href=\"y.html\">";
        var found = new List<HtmlAttributeValue>();
        HtmlAttributeScanner.Scan(text, 0, text.Length, found);
        Assert.Equal(Enumerable.Repeat(HtmlAttributeKind.Href, 10_000).Append(HtmlAttributeKind.BaseHref).Append(HtmlAttributeKind.Href), found.Select(a => a.Kind));

        // A scan of a later piece still looks back to the floor for the element its first href is in.
        var split = text.IndexOf(" href=\"/b/\"", StringComparison.Ordinal);
        var later = new List<HtmlAttributeValue>();
        HtmlAttributeScanner.Scan(text, split, text.Length, later, floor: 0);
        Assert.Equal([HtmlAttributeKind.BaseHref, HtmlAttributeKind.Href], later.Select(a => a.Kind));
    }

    [Fact]
    public void Links_of_a_raw_html_element_over_many_lines_keep_their_lines()
    {
        const int Count = 50_000;
        var body = new StringBuilder("Intro.\n\n<a");
        for (var i = 0; i < Count; i++) body.Append("\n  href=\"p").Append(i).Append(".html\"");
        body.Append(">x</a>\n");
        var reader = new PageDocumentReader(new MarkdownRenderer(MarkdownPipelineFactory.CreateBuilder().Build()));
        var clock = Stopwatch.StartNew();
        var document = reader.Read(new PageSource("p.md", "content/p.md", FrontMatter.Empty, body.ToString(), 4), new DiagnosticBag());
        output.WriteLine($"{body.Length / 1e6:0.0} MB, {Count} hrefs over {Count} lines: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal(Count, document.Links.Count);
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal($"p{i}.html", document.Links[i].Href);
            Assert.Equal(4 + 2 + 1 + i, document.Links[i].Location.Line);
        }
    }
}
