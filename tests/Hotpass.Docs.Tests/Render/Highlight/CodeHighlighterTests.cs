using System.Diagnostics;
using Hotpass.Docs.Render.Highlight;

namespace Hotpass.Docs.Tests.Render.Highlight;

public sealed class CodeHighlighterTests
{
    private static string Html(string language, string code)
    {
        var result = CodeHighlighter.Highlight(code, LanguageCatalog.Find(language)!);
        Assert.Null(result.GaveUp);
        return result.Html;
    }

    [Theory]
    [InlineData("bash", "echo \"$HOME\" | grep x # note\n", "<span class=\"hl-fn\">echo</span> <span class=\"hl-str\">\"</span><span class=\"hl-var\">$HOME</span><span class=\"hl-str\">\"</span> <span class=\"hl-op\">|</span> grep x <span class=\"hl-com\"># note</span>\n")]
    [InlineData("yaml", "name: hotpass # app\n", "<span class=\"hl-key\">name</span>")]
    [InlineData("yml", "port: 8080\n", "<span class=\"hl-num\">8080</span>")]
    [InlineData("toml", "[server]\nport = 8080\n", "<span class=\"hl-ty\">")]
    [InlineData("ini", "; comment\n[db]\nhost=x\n", "<span class=\"hl-com\">; comment</span>")]
    [InlineData("json", "{\"a\": 1}\n", "<span class=\"hl-key\">")]
    [InlineData("python", "def f(x):\n    return 'a'\n", "<span class=\"hl-kw\">def</span>")]
    [InlineData("sql", "SELECT id FROM t;\n", "<span class=\"hl-kw\">SELECT</span>")]
    [InlineData("csharp", "var s = \"x\"; // n\n", "<span class=\"hl-com\">// n</span>")]
    [InlineData("xml", "<a href=\"x\"/>\n", "<span class=\"hl-tag\">a</span>")]
    [InlineData("html", "<p class=\"x\">hi</p>\n", "<span class=\"hl-attr\">class</span>")]
    [InlineData("dockerfile", "FROM python:3.12\n", "<span class=\"hl-kw\">FROM</span>")]
    [InlineData("diff", "--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n", "<span class=\"hl-del\">-old</span>\n<span class=\"hl-ins\">+new</span>")]
    public void Each_language_the_docs_use_gets_token_classes(string language, string code, string expected)
    {
        var html = Html(language, code);
        Assert.True(html.Contains(expected, StringComparison.Ordinal), html);
    }

    [Fact]
    public void A_console_session_highlights_prompt_lines_as_shell_and_leaves_output_plain()
    {
        var html = Html("console", "$ hotpass run \\\n  --dry-run\nrefined 3 rows <ok>\n# echo hi\n");
        Assert.Equal(
            "<span class=\"hl-prompt\">$ </span>hotpass run \\\n"
            + "  --dry-run\n"
            + "<span class=\"hl-out\">refined 3 rows &lt;ok&gt;</span>\n"
            + "<span class=\"hl-prompt\"># </span><span class=\"hl-fn\">echo</span> hi\n", html);
    }

    [Fact]
    public void Text_is_escaped_and_an_unknown_language_is_not_found()
    {
        Assert.Null(LanguageCatalog.Find("klingon"));
        Assert.Null(LanguageCatalog.Find("text"));
        Assert.Equal("<span class=\"hl-str\">\"&lt;/code&gt;&amp;\"</span>\n", Html("json", "\"</code>&\"\n"));
    }

    [Fact]
    public void A_line_over_the_limit_is_published_plain_with_the_reason()
    {
        var code = "a {" + new string(' ', 8192) + "}\n";
        var result = CodeHighlighter.Highlight(code, LanguageCatalog.Find("css")!);
        Assert.Equal(code, result.Html);
        Assert.Equal("line 1 of the block is longer than 2000 characters", result.GaveUp);
    }

    [Theory]
    [InlineData("css")]
    [InlineData("markdown")]
    [InlineData("bash")]
    public void Hostile_blocks_finish_within_the_time_budget(string language)
    {
        // Issue 12: runs of whitespace and backticks made backtracking grammars take minutes.
        var budget = HighlightBudget.Default with { LineTime = TimeSpan.FromMilliseconds(50), BlockTime = TimeSpan.FromMilliseconds(200) };
        var hostile = string.Concat(Enumerable.Repeat(new string('`', 300) + " x " + new string(' ', 1500) + "`\n", 40))
            + string.Concat(Enumerable.Repeat("a {" + new string(' ', 1900) + "}\n", 4));
        var clock = Stopwatch.StartNew();
        var result = CodeHighlighter.Highlight(hostile, LanguageCatalog.Find(language)!, budget);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        if (result.GaveUp is not null) Assert.Equal(SpanWriterEscape(hostile), result.Html);
    }

    [Fact]
    public void A_block_over_its_time_budget_is_plain_and_says_so()
    {
        var budget = HighlightBudget.Default with { BlockTime = TimeSpan.Zero };
        var result = CodeHighlighter.Highlight("x = 1\n", LanguageCatalog.Find("python")!, budget);
        Assert.Equal("x = 1\n", result.Html);
        Assert.StartsWith("the block took over 0 ms", result.GaveUp, StringComparison.Ordinal);
    }

    [Fact]
    public void Threads_highlighting_at_once_get_the_same_html_as_one_thread()
    {
        var blocks = Enumerable.Range(0, 64).Select(i => (Lang: (string[])["python", "csharp", "yaml", "bash"], I: i))
            .Select(x => (x.Lang[x.I % 4], $"x{x.I} = \"{x.I}\" # {x.I}\nfor i in range({x.I}): print(i)\n")).ToList();
        var sequential = blocks.Select(b => Html(b.Item1, b.Item2)).ToList();
        var parallel = new string[blocks.Count];
        Parallel.For(0, blocks.Count, i => parallel[i] = Html(blocks[i].Item1, blocks[i].Item2));
        Assert.Equal(sequential, parallel);
    }

    private static string SpanWriterEscape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
