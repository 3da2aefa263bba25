using Hotpass.Docs.Load.Markdown;

namespace Hotpass.Docs.Tests.Render.Markdown;

public sealed class MarkdownRendererReuseTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.CreateBuilder().Build();

    private static readonly string[] Pages =
    [
        "# A\n\n> quoted\n> - [x] done\n\n```cs\nvar x = 1;\n```\n",
        "See [the guide](guide.md#setup) and ![logo](img/logo.png).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        "Text with a footnote.[^1]\n\n[^1]: The note.\n\n- one\n  - two\n",
    ];

    [Fact]
    public void A_renderer_reused_from_page_to_page_writes_what_a_fresh_one_writes()
    {
        var expected = Pages.Select(p => new MarkdownRenderer(MarkdownPipelineFactory.CreateBuilder().Build())
            .Render(Markdig.Markdown.Parse(p, Pipeline))).ToArray();
        var shared = new MarkdownRenderer(Pipeline);
        for (var round = 0; round < 3; round++)
            for (var i = Pages.Length - 1; i >= 0; i--)
                Assert.Equal(expected[i], shared.Render(Markdig.Markdown.Parse(Pages[i], Pipeline)));
        Assert.Contains("href=\"guide.html#setup\"", expected[1], StringComparison.Ordinal);
    }
}
