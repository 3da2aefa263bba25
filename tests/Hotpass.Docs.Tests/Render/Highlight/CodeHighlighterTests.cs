using Hotpass.Docs.Load.Highlight;

namespace Hotpass.Docs.Tests.Render.Highlight;

public sealed class CodeHighlighterTests
{
    [Fact]
    public void Text_is_escaped_and_an_unknown_language_is_not_found()
    {
        Assert.Null(LanguageCatalog.Find("klingon"));
        Assert.Null(LanguageCatalog.Find("text"));
        Assert.Null(LanguageCatalog.Find(" "));
        Assert.Equal("<span class=\"hl-str\">\"&lt;/code&gt;&amp;\"</span>\n", Highlighted.Html("json", "\"</code>&\"\n"));
    }

    [Fact]
    public void The_output_ends_as_the_code_does()
    {
        Assert.Equal("", Highlighted.Html("python", ""));
        Assert.Equal("\n\n", Highlighted.Html("python", "\n\n"));
        Assert.Equal("<span class=\"hl-num\">1</span>", Highlighted.Html("python", "1"));
    }

    [Fact]
    public void A_line_over_the_limit_is_published_plain_with_the_reason()
    {
        var code = "x = 1\na {" + new string(' ', 2_000) + "<}\n";
        var result = CodeHighlighter.Highlight(code, LanguageCatalog.Find("csharp")!);
        Assert.Equal(code.Replace("<", "&lt;", StringComparison.Ordinal), result.Html);
        Assert.Equal("line 2 of the block is longer than 2000 characters", result.GaveUp);
    }

    [Fact]
    public void A_line_at_the_limit_is_highlighted()
    {
        var code = "x" + new string(' ', 1_999) + "\n";
        Assert.Null(CodeHighlighter.Highlight(code, LanguageCatalog.Find("python")!).GaveUp);
    }

    [Fact]
    public void A_block_over_the_limit_is_published_plain_with_the_reason()
    {
        var limits = HighlightLimits.Default with { MaxBlockLength = 10 };
        var result = CodeHighlighter.Highlight("x = 1\ny = 2\n", LanguageCatalog.Find("python")!, limits);
        Assert.Equal("x = 1\ny = 2\n", result.Html);
        Assert.Equal("the block is longer than 10 characters", result.GaveUp);
    }

    [Fact]
    public void Threads_highlighting_at_once_get_the_same_html_as_one_thread()
    {
        string[] languages = ["python", "csharp", "yaml", "bash", "console", "toml", "xml", "diff"];
        var blocks = Enumerable.Range(0, 96)
            .Select(i => (Language: languages[i % languages.Length], Code: $"x{i} = \"{i}\" # {i}\n$ for i in range({i}): print(i) /* {i}\n"))
            .ToList();
        var sequential = blocks.Select(b => Highlighted.Html(b.Language, b.Code)).ToList();
        var parallel = new string[blocks.Count];
        Parallel.For(0, blocks.Count, i => parallel[i] = Highlighted.Html(blocks[i].Language, blocks[i].Code));
        Assert.Equal(sequential, parallel);
    }
}
