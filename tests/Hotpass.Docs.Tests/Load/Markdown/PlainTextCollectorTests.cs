using CsCheck;
using Hotpass.Docs.Load.Markdown;
using Markdig.Syntax;

namespace Hotpass.Docs.Tests.Load.Markdown;

public sealed class PlainTextCollectorTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.CreateBuilder().Build();

    /// <summary>The text as the collector defined it before it built pages in one buffer: each block's text trimmed,
    /// empty blocks left out, the rest one per line.</summary>
    private static string Oracle(MarkdownDocument document) => string.Join('\n', document.Descendants<LeafBlock>()
        .Select(leaf => leaf switch
        {
            HtmlBlock => "",
            CodeBlock code => code.Lines.ToString().Trim(),
            _ => HeadingOutline.PlainText(leaf.Inline),
        })
        .Where(line => line.Length > 0));

    private static readonly string[] Lines =
    [
        "# Title", "##   ", "## Spaced heading  ", "Plain paragraph.", "  indented\u00a0text\u2003", "*emph* and `code`",
        "line one  ", "hard break\\", "", "```", "  code line  ", "```", "    indented code", "| a | b |", "|---|---|",
        "| x |  |", "<div>html</div>", "- item", "- [ ] task", "> quote", "[link](a.md) text", "\u2003", "Term", ": definition",
    ];

    [Fact]
    public void A_page_reads_as_its_blocks_trimmed_one_per_line()
    {
        Gen.Int[0, Lines.Length - 1].Array[0, 30].Sample(picks =>
        {
            var document = Markdig.Markdown.Parse(string.Join('\n', picks.Select(i => Lines[i])), Pipeline);
            Assert.Equal(Oracle(document), PlainTextCollector.Collect(document));
        }, iter: 3000);
    }

    [Fact]
    public void Pages_read_one_after_another_share_nothing()
    {
        var first = PlainTextCollector.Collect(Markdig.Markdown.Parse(string.Join('\n', Enumerable.Repeat("A long paragraph of text.", 2000)), Pipeline));
        var second = PlainTextCollector.Collect(Markdig.Markdown.Parse("Short.", Pipeline));
        Assert.StartsWith("A long paragraph", first, StringComparison.Ordinal);
        Assert.Equal("Short.", second);
    }
}
