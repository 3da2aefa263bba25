using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Render.Templates.View;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Templates;

public sealed class TemplateSetTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static TemplateSet For(TempSite site) => new(new ThemeFiles(Path.Combine(site.Root, "templates"), "templates/"));

    private static PageView View(string title = "auditor") => new(
        new SiteView(title, "2025-11-23", null), "../", null,
        new CurrentPage("A <b>page</b>", null, "article", "how-to", "How-to guide", null, null, null, false, "content/a.md", "a.html", "<p>x</p>", []),
        [new NavSection("Guides", "how-to/index.html", true, false, 2, false,
            [new NavLink("One", "how-to/one.html", false), new NavLink("Two", "how-to/two.html", true)])],
        [], [], [], null, null);

    private static string Render(TempSite site, string layout = "page") => new LiquidRenderer(For(site), AsOf).Render(layout, View());

    [Fact]
    public void Partials_are_included_and_site_files_override_the_built_in_theme()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "[{% include 'greeting' %}]")
            .File("templates/partials/greeting.liquid", "hello {{ site.title }}");
        Assert.Equal("[hello auditor]", Render(site));
    }

    [Fact]
    public void The_view_is_read_in_snake_case_through_nested_records_and_lists()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid",
            "{{ page.type_label }}|{{ page.title | escape }}|{{ root }}{% for s in nav %}{{ s.title }}:{{ s.pages.size }}"
            + "{% for p in s.pages %} {{ p.url }}{% if p.current %}*{% endif %}{% endfor %}{% endfor %}|{{ 'now' | date: '%Y-%m-%d' }}");
        Assert.Equal("How-to guide|A &lt;b&gt;page&lt;/b&gt;|../Guides:2 how-to/one.html how-to/two.html*|2025-11-23", Render(site));
    }

    [Fact]
    public void Whitespace_control_removes_the_lines_of_tags()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "<ul>\n{%- for s in nav[0].pages %}\n<li>{{ s.title }}</li>\n{%- endfor %}\n</ul>\n");
        Assert.Equal("<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n", Render(site));
    }

    [Fact]
    public void The_built_in_theme_renders_without_blank_lines()
    {
        using var site = new TempSite();
        var html = Render(site);
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n \n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reused_partial_output_is_recorded_where_it_lands_in_the_page()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "<p>{% include 'nav' %}</p>{% capture c %}{% include 'nav' %}{% endcapture %}{% include 'nav' %}")
            .File("templates/partials/nav.liquid", "<a href=\"{{ root }}x.html\">x</a>");
        var buffer = new PageBuffer();
        var reused = new LiquidRenderer(For(site), AsOf).Render("page", View(), buffer);
        var html = buffer.Text.ToString();
        Assert.Equal("<p><a href=\"../x.html\">x</a></p><a href=\"../x.html\">x</a>", html);
        // The include inside the capture is written into the capture, not the page.
        Assert.Equal([3, 32], reused.Spans.Select(s => s.Start));
        Assert.All(reused.Spans, s => Assert.Equal(s.Output.Text, html.Substring(s.Start, s.Output.Text.Length)));
    }

    [Fact]
    public void A_layout_is_parsed_once_and_shared()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "x");
        var templates = For(site);
        Assert.Same(templates.Layout("page"), templates.Layout("page"));
    }

    [Fact]
    public void One_parsed_theme_renders_the_same_on_every_thread()
    {
        using var site = new TempSite();
        var renderer = new LiquidRenderer(For(site), AsOf);
        var expected = Enumerable.Range(0, 64).Select(i => renderer.Render("page", View("site " + i))).ToArray();
        var actual = new string[expected.Length];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = renderer.Render("page", View("site " + i)));
        Assert.Equal(expected, actual);
        Assert.Contains("site 63", expected[63], StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_reported_not_looped()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include 'loop' %}").File("templates/partials/loop.liquid", "x{% include 'loop' %}");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.Equal("templates/partials/loop.liquid: includes nest deeper than 10 levels (is 'loop' including itself?)", e.Message);
    }

    [Fact]
    public void Includes_may_nest_ten_deep()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include 'p1' %}");
        for (var i = 1; i <= 10; i++)
            site.File($"templates/partials/p{i}.liquid", i < 10 ? $"{i}{{% include 'p{i + 1}' %}}" : "10");
        Assert.Equal("12345678910", Render(site));
        site.File("templates/partials/p10.liquid", "10{% include 'p11' %}").File("templates/partials/p11.liquid", "11");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.Contains("includes nest deeper than 10 levels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_computed_include_that_loops_is_stopped_at_render()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include site.title %}").File("templates/partials/auditor.liquid", "x{% include site.title %}");
        var e = Assert.Throws<TemplateException>(() => Render(site));
        Assert.StartsWith("templates/layouts/page.liquid: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("recursion", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_loops_too_long_is_stopped()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% for i in (1..100000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}");
        var e = Assert.Throws<TemplateException>(() => Render(site));
        Assert.StartsWith("templates/layouts/page.liquid: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../secret")]
    [InlineData("../layouts/page")]
    [InlineData("/etc/passwd")]
    public void A_partial_name_may_not_climb_out_of_partials(string name)
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include '" + name + "' %}").File("templates/secret.liquid", "secret");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.EndsWith($"partial name '{name}' may not climb out of partials/", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_computed_partial_name_may_not_climb_out_of_partials_either()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% assign name = root | append: 'secret' %}{% include name %}").File("templates/secret.liquid", "secret");
        var e = Assert.Throws<TemplateException>(() => Render(site));
        Assert.EndsWith("partial name '../secret' may not climb out of partials/", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_partial_names_the_file_that_asked_for_it()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include 'outer' %}").File("templates/partials/outer.liquid", "{% include 'nowhere' %}");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.Equal("templates/partials/outer.liquid: partial 'nowhere' does not exist (partials/nowhere.liquid)", e.Message);
    }

    [Fact]
    public void A_syntax_error_in_a_partial_names_its_file_and_line()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include 'footer' %}").File("templates/partials/footer.liquid", "<footer>\n  {% for x in %}\n");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.Equal(new Hotpass.Docs.Diagnostics.SourceLocation("templates/partials/footer.liquid", 2, 9), e.Location);
        Assert.Equal("Invalid 'for' tag", e.Problem);
    }

    [Fact]
    public void A_missing_partial_named_by_a_layout_names_the_layout()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include 'header' %}{% include 'missing' %}");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.StartsWith("templates/layouts/page.liquid: partial 'missing'", e.Message, StringComparison.Ordinal);
    }
}
