using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Markdown;

namespace Hotpass.Docs.Tests.Load.Markdown;

/// <summary>One parse, exact facts: links and images with their source locations, every id the body emits, tables
/// under their headings with every cell located, plain text.</summary>
public sealed class PageDocumentReaderTests
{
    private static readonly PageDocumentReader Reader = new(new MarkdownRenderer(MarkdownPipelineFactory.CreateBuilder().Build()));

    private static PageDocument Read(string body)
    {
        var page = new PageSource("p.md", "content/p.md", FrontMatter.Empty, body, 4);
        return Reader.Read(page, new DiagnosticBag());
    }

    [Fact]
    public void Links_and_images_keep_where_they_were_written_and_the_url_they_are_written_as()
    {
        var document = Read("Intro [a](b.md#x) and\n  ![img](pic.png) <https://example.org>\n\n<a href='raw.md'>r</a>\n\n[ref]\n\n[ref]: ../c/\n");
        Assert.Equal(
            [
                new LinkFact("b.md#x", "b.html#x", LinkKind.Link, new SourceLocation("content/p.md", 4, 7)),
                new LinkFact("pic.png", "pic.png", LinkKind.Resource, new SourceLocation("content/p.md", 5, 3), "img"),
                new LinkFact("https://example.org", "https://example.org", LinkKind.Link, new SourceLocation("content/p.md", 5, 19)),
                new LinkFact("raw.md", "raw.md", LinkKind.Link, new SourceLocation("content/p.md", 7, 1)),
                new LinkFact("../c/", "../c/index.html", LinkKind.Link, new SourceLocation("content/p.md", 9, 1)),
            ],
            document.Links);
        Assert.DoesNotContain("b.md", document.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_id_the_body_emits_is_kept()
    {
        var document = Read("# Title\n\n## Why not SOPS?\n\n##### Deep\n\nClaim.[^1]\n\n<span id=\"anchor\">x</span>\n\n[^1]: Source.\n");
        Assert.Equal(["anchor", "deep", "fn:1", "fnref:1", "title", "why-not-sops"], document.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(["Title", "Why not SOPS?", "Deep"], document.Headings.Select(h => h.Text));
    }

    // Markdig pads a short pipe-table row with empty cells, so a ragged row reads as a full one with blanks.
    [Fact]
    public void Tables_are_kept_under_their_heading_with_every_cell_located()
    {
        var document = Read("## Risks\n\n| Id | Title |\n|----|-------|\n| R-1 | **Stall** |\n| R-2 |\n");
        var table = Assert.Single(document.Tables);
        Assert.Equal("Risks", table.Heading);
        Assert.Equal(new SourceLocation("content/p.md", 6, 1), table.Location);
        Assert.Equal(["Id", "Title"], table.Header.Select(c => c.Text));
        Assert.Equal([["R-1", "Stall"], ["R-2"]], table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Equal(8, table.Rows[0].Location.Line);
        Assert.Equal(9, table.Rows[1].Cells[0].Location.Line);
    }

    [Fact]
    public void Plain_text_is_what_a_reader_sees()
    {
        var document = Read("# Rotate *the* secret\n\nRun `vault kv put` then [check](x.md).\n\n```bash\necho hi\n```\n\n<div>raw</div>\n");
        Assert.Equal("Rotate the secret\nRun vault kv put then check.\necho hi", document.PlainText);
    }
}
