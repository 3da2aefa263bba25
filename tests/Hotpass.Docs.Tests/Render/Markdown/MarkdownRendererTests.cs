using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Facts;
using Hotpass.Docs.Load.Markdown;

namespace Hotpass.Docs.Tests.Render.Markdown;

/// <summary>Markdown in, HTML and diagnostics out: the renderer's behaviour written as examples.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly PageDocumentReader Reader = new(new MarkdownRenderer(MarkdownPipelineFactory.CreateBuilder().Build()));

    private static (string Html, PageDocument Document, string Diagnostics) Render(string body, int bodyFirstLine = 5)
    {
        var bag = new DiagnosticBag();
        var page = new PageSource("p.md", "content/p.md", FrontMatter.Empty, body, bodyFirstLine);
        var document = Reader.Read(page, bag);
        return (document.BodyHtml.Trim(), document, string.Join("\n", bag.ToSortedList()));
    }

    [Theory]
    [InlineData("[a](rotate.md)", "<p><a href=\"rotate.html\">a</a></p>")]
    [InlineData("[a](../how-to/rotate.md#step-2)", "<p><a href=\"../how-to/rotate.html#step-2\">a</a></p>")]
    [InlineData("[a](../reference/)", "<p><a href=\"../reference/index.html\">a</a></p>")]
    [InlineData("[a](#local)", "<p><a href=\"#local\">a</a></p>")]
    [InlineData("[a](https://example.org/x.md)", "<p><a href=\"https://example.org/x.md\">a</a></p>")]
    [InlineData("![d](img/diagram.png)", "<p><img src=\"img/diagram.png\" alt=\"d\" /></p>")]
    public void Links_point_at_outputs(string markdown, string expected)
    {
        var (html, _, diagnostics) = Render(markdown);
        Assert.Equal(expected, html);
        Assert.Equal("", diagnostics);
    }

    [Theory]
    [InlineData("Text\n\n[x](javascript:alert(1))", "content/p.md(7,1): warning HPD210: Link with scheme 'javascript' was removed: only http, https, mailto and relative links are published")]
    [InlineData("See [x](JaVaScRiPt:alert(1)).", "content/p.md(5,5): warning HPD210: Link with scheme 'JaVaScRiPt' was removed: only http, https, mailto and relative links are published")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)", "content/p.md(5,1): warning HPD210: Link with scheme 'data' was removed: only http, https, mailto and relative links are published")]
    public void Unsafe_links_are_removed_and_reported(string markdown, string expected)
    {
        var (html, _, diagnostics) = Render(markdown);
        Assert.Equal(expected, diagnostics);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_script_and_event_handlers_are_sanitised_and_reported()
    {
        var (html, _, diagnostics) = Render("Intro\n\n<div onclick=\"steal()\">hi</div>\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>\n");
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.Contains("<div>hi</div>", html, StringComparison.Ordinal);
        Assert.Equal("content/p.md(7,1): warning HPD211: Raw HTML was sanitised: <script> element, 'onclick' attribute on <div>, 'onerror' attribute on <img>", diagnostics);
    }

    [Fact]
    public void Harmless_raw_html_passes_untouched_without_a_diagnostic()
    {
        var (html, _, diagnostics) = Render("<details><summary>More</summary>\n\nHidden text\n\n</details>\n");
        Assert.Equal("", diagnostics);
        Assert.Contains("<details><summary>More</summary>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_is_highlighted_at_build_time_and_escaped()
    {
        var (html, _, _) = Render("```csharp\nvar s = \"<script>\"; // note\n```\n");
        Assert.Equal(
            "<div class=\"code-block\"><pre class=\"code\" tabindex=\"0\" data-lang=\"csharp\"><code class=\"language-csharp\"><span class=\"hl-kw\">var</span> s <span class=\"hl-op\">=</span> <span class=\"hl-str\">\"&lt;script&gt;\"</span>; <span class=\"hl-com\">// note</span>\n</code></pre></div>",
            html);
    }

    [Fact]
    public void Code_in_an_unknown_language_is_escaped_plain_text()
    {
        var (html, _, diagnostics) = Render("```klingon\necho \"<b>\" && exit\n```\n");
        Assert.Equal("<div class=\"code-block\"><pre class=\"code\" tabindex=\"0\" data-lang=\"klingon\"><code class=\"language-klingon\">echo &quot;&lt;b&gt;&quot; &amp;&amp; exit\n</code></pre></div>", html);
        Assert.Equal("", diagnostics);
    }

    [Fact]
    public void A_block_that_highlighting_gives_up_on_is_published_plain_with_a_warning_at_its_line()
    {
        var json = "{\"a\": 1" + new string(' ', 8192) + "}";
        var (html, _, diagnostics) = Render("Intro\n\n```json\n" + json + "\n```\n", bodyFirstLine: 5);
        Assert.Contains("<code class=\"language-json\">" + json + "\n</code>", html, StringComparison.Ordinal);
        Assert.Equal("content/p.md(7,1): warning HPD150: Code block in 'json' was published without highlighting: "
            + "line 1 of the block is longer than 2000 characters", diagnostics);
    }

    [Fact]
    public void Tables_scroll_in_their_own_labelled_focusable_region_with_unique_names()
    {
        var (html, _, _) = Render("| Key | Meaning |\n|---|---|\n| a | b |\n\n| Key | Meaning |\n|---|---|\n| c | d |\n");
        Assert.StartsWith("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table: Key, Meaning\">\n<table>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Table: Key, Meaning (2)\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</table>\n</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_label_is_escaped()
    {
        var (html, _, _) = Render("| \"a\" <b> | x |\n|---|---|\n| 1 | 2 |\n");
        Assert.Contains("aria-label=\"Table: &quot;a&quot;, x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_alerts_task_lists_footnotes_and_tables_render()
    {
        var (html, _, _) = Render("> [!WARNING]\n> Careful.\n\n- [x] done\n- [ ] todo\n\nClaim.[^1]\n\n[^1]: Source.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        Assert.Contains("<div class=\"admonition admonition-warning\">", html, StringComparison.Ordinal);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"Done\" />", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnote-ref\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_get_github_ids_and_feed_the_outline()
    {
        var (html, rendered, _) = Render("## Why not SOPS?\n\n### `vault` paths\n\n#### Too deep\n");
        Assert.Contains("<h2 id=\"why-not-sops\">Why not SOPS?</h2>", html, StringComparison.Ordinal);
        Assert.Equal(
            [new HeadingFact(2, "why-not-sops", "Why not SOPS?"), new HeadingFact(3, "vault-paths", "vault paths"), new HeadingFact(4, "too-deep", "Too deep")],
            rendered.Headings);
    }
}
