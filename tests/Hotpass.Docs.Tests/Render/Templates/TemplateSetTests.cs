using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Templates;

public sealed class TemplateSetTests
{
    private static TemplateSet For(TempSite site) => new(new ThemeFiles(Path.Combine(site.Root, "templates")));

    [Fact]
    public void Partials_are_inlined_and_site_files_override_the_built_in_theme()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "[{% include 'greeting' %}]")
            .File("templates/partials/greeting.liquid", "hello {{ name }}");
        var html = new LiquidRenderer(For(site)).Render("page", DotLiquid.Hash.FromDictionary(new Dictionary<string, object> { ["name"] = "auditor" }));
        Assert.Equal("[hello auditor]", html);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_reported_not_looped()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include 'loop' %}").File("templates/partials/loop.liquid", "x{% include 'loop' %}");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.Contains("includes nest deeper than 10 levels (is 'loop' including itself?)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_name_may_not_climb_out_of_partials()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include '../../secret' %}");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.Contains("may not climb out of partials/", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_partial_names_the_file_that_asked_for_it()
    {
        using var site = new TempSite();
        site.File("templates/layouts/page.liquid", "{% include 'nowhere' %}");
        var e = Assert.Throws<TemplateException>(() => For(site).Layout("page"));
        Assert.EndsWith("templates/layouts/page.liquid: partial 'nowhere' does not exist (partials/nowhere.liquid)", e.Message, StringComparison.Ordinal);
    }
}
