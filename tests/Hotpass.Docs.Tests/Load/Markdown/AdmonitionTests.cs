using System.Text.RegularExpressions;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Load.Markdown;
using Hotpass.Docs.Load.Markdown.Admonitions;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Load.Markdown;

/// <summary>Admonitions as MkDocs, Docusaurus and GitHub users write them: markdown in, the one HTML shape out, with the
/// diagnostics, as examples.</summary>
public sealed class AdmonitionTests
{
    private static readonly PageDocumentReader Reader = new(new MarkdownRenderer(MarkdownPipelineFactory.CreateBuilder().Build()));

    private static (string Html, string Diagnostics) Render(string body)
    {
        var bag = new DiagnosticBag();
        var document = Reader.Read(new PageSource("p.md", "content/p.md", FrontMatter.Empty, body, 5), bag);
        return (document.BodyHtml.Trim(), string.Join("\n", bag.ToSortedList()));
    }

    private static void Check(string markdown, string expected, string diagnostics = "")
    {
        var (html, reported) = Render(markdown);
        Assert.Equal(expected, html);
        Assert.Equal(diagnostics, reported);
    }

    [Fact]
    public void MkDocs_an_indented_body_under_a_titled_marker() => Check(
        "!!! warning \"Rotate first\"\n    Rotate the secret **before** you deploy.\n\n    - one\n    - two\n\nAfter.\n",
        """
        <div class="admonition admonition-warning">
        <p class="admonition-title">Rotate first</p>
        <p>Rotate the secret <strong>before</strong> you deploy.</p>
        <ul>
        <li>one</li>
        <li>two</li>
        </ul>
        </div>
        <p>After.</p>
        """);

    [Fact]
    public void MkDocs_without_a_title_takes_the_type_and_an_empty_title_is_read_out_only() => Check(
        "!!! tip\n    Use `hotpass check`.\n\n!!! note \"\"\n    Quiet.\n",
        """
        <div class="admonition admonition-tip">
        <p class="admonition-title">Tip</p>
        <p>Use <code>hotpass check</code>.</p>
        </div>
        <div class="admonition admonition-note">
        <p class="admonition-title visually-hidden">Note</p>
        <p>Quiet.</p>
        </div>
        """);

    [Fact]
    public void MkDocs_the_first_line_indented_less_ends_it_with_no_lazy_continuation() => Check(
        "!!! note\n    Inside\nOutside\n",
        """
        <div class="admonition admonition-note">
        <p class="admonition-title">Note</p>
        <p>Inside</p>
        </div>
        <p>Outside</p>
        """);

    [Fact]
    public void MkDocs_collapsible_blocks_are_details_closed_or_open() => Check(
        "??? question \"Why not SOPS?\"\n    Vault audits reads.\n\n???+ example\n    ```bash\n    hotpass check\n    ```\n",
        """
        <details class="admonition admonition-info">
        <summary class="admonition-title">Why not SOPS?</summary>
        <p>Vault audits reads.</p>
        </details>
        <details class="admonition admonition-important" open>
        <summary class="admonition-title">Example</summary>
        <div class="code-block"><pre class="code" tabindex="0" data-lang="bash"><code class="language-bash">hotpass check
        </code></pre></div>
        </details>
        """);

    [Fact]
    public void Docusaurus_a_fenced_block_with_a_title_after_the_type_or_in_brackets() => Check(
        ":::danger Take care\nThis drops the table.\n:::\n\n:::info[Read *this*]\nText.\n:::\n",
        """
        <div class="admonition admonition-danger">
        <p class="admonition-title">Take care</p>
        <p>This drops the table.</p>
        </div>
        <div class="admonition admonition-info">
        <p class="admonition-title">Read *this*</p>
        <p>Text.</p>
        </div>
        """);

    [Fact]
    public void Docusaurus_nests_inside_a_longer_fence() => Check(
        "::::note Outer\nA\n\n:::tip\nB\n:::\n\nC\n::::\n",
        """
        <div class="admonition admonition-note">
        <p class="admonition-title">Outer</p>
        <p>A</p>
        <div class="admonition admonition-tip">
        <p class="admonition-title">Tip</p>
        <p>B</p>
        </div>
        <p>C</p>
        </div>
        """);

    [Fact]
    public void GitHub_alerts_are_drawn_the_same_way() => Check(
        "> [!CAUTION]\n> Irreversible.\n",
        """
        <div class="admonition admonition-caution">
        <p class="admonition-title">Caution</p>
        <p>Irreversible.</p>
        </div>
        """);

    [Theory]
    [InlineData("!!!! note\n    x\n")]
    [InlineData("!!! note \"unclosed\n    x\n")]
    [InlineData("!!! note \"t\" more\n    x\n")]
    [InlineData(":::\nx\n:::\n")]
    [InlineData(":::note{title=x}\nx\n:::\n")]
    [InlineData("    !!! note\n    x\n")]
    public void Lines_that_only_look_like_a_marker_stay_text(string markdown) =>
        Assert.DoesNotContain("admonition", Render(markdown).Html, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_type_is_a_neutral_box_and_a_warning_at_its_line()
    {
        var (html, diagnostics) = Render("Intro\n\n!!! tipp \"Typo\"\n    x\n\n:::spoiler\ny\n:::\n\n> [!FOO]\n> z\n");
        Assert.Contains("<div class=\"admonition\">\n<p class=\"admonition-title\">Typo</p>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"admonition\">\n<p class=\"admonition-title\">Spoiler</p>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"admonition\">\n<p class=\"admonition-title\">Foo</p>", html, StringComparison.Ordinal);
        Assert.Equal(
            """
            content/p.md(7,1): warning HPD152: Unknown admonition type 'tipp': it is shown as a neutral box; the theme draws note, info, tip, important, warning, caution, danger
            content/p.md(10,1): warning HPD152: Unknown admonition type 'spoiler': it is shown as a neutral box; the theme draws note, info, tip, important, warning, caution, danger
            content/p.md(14,1): warning HPD152: Unknown admonition type 'FOO': it is shown as a neutral box; the theme draws note, info, tip, important, warning, caution, danger
            """,
            diagnostics);
    }

    [Fact]
    public void Titles_are_text_and_nothing_unsafe_in_a_body_reaches_the_html()
    {
        var (html, diagnostics) = Render(
            "!!! note \"<img src=x onerror=alert(1)>\"\n    <script>alert(2)</script>\n\n:::tip <b onclick=x>t</b>\n[x](javascript:alert(3))\n:::\n");
        Assert.Contains("<p class=\"admonition-title\">&lt;img src=x onerror=alert(1)&gt;</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"admonition-title\">&lt;b onclick=x&gt;t&lt;/b&gt;</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
        Assert.Contains("HPD211", diagnostics, StringComparison.Ordinal);
        Assert.Contains("HPD210", diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_style_is_coloured_in_light_and_dark()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "assets", "site.css"));
        foreach (var style in AdmonitionKind.Styles)
        {
            var rule = Regex.Match(css, @"\.admonition-" + style + @" > \.admonition-title \{ color: var\((--[a-z-]+)\); \}");
            Assert.True(rule.Success, $"no title colour for .admonition-{style} in site.css");
            Assert.True(Regex.Count(css, Regex.Escape(rule.Groups[1].Value) + ":") >= 3, $"{rule.Groups[1].Value} is not set in light and both dark blocks");
        }
    }
}
