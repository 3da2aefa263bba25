using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Hotpass.Docs.Render.Templates.Reuse;
using Hotpass.Docs.Render.Templates.View;

namespace Hotpass.Docs.Tests.Render.Templates.Reuse;

public sealed class MemoizedPartialTests
{
    private static readonly TemplateOptions Options = CreateOptions();

    private static TemplateOptions CreateOptions()
    {
        var strategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        strategy.Register<PageView>();
        strategy.Register<SiteView>();
        strategy.Register<NavSection>();
        return new TemplateOptions { MemberAccessStrategy = strategy, CultureInfo = CultureInfo.InvariantCulture };
    }

    private static readonly SiteView Site = new("Docs", "2025-11-23", null);

    private static PageView View(string root, IReadOnlyList<NavSection> nav) =>
        new(Site, root, null, new CurrentPage("T", null, "article", null, null, null, null, null, false, null, "a.html", "", []), nav, [], [], [], null, null);

    private static NavSection[] Nav(string title) => [new NavSection(title, "s/index.html", true, false, 0, true, [])];

    /// <summary>Writes how many times it has rendered, so a reused output shows as an old count.</summary>
    private sealed class CountingTemplate : IFluidTemplate
    {
        public int Renders { get; private set; }

        public ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            Renders++;
            writer.Write(Renders.ToString(CultureInfo.InvariantCulture));
            return ValueTask.CompletedTask;
        }
    }

    private static string Render(MemoizedPartial template, PageView view, Action<TemplateContext>? scope = null)
    {
        var context = new TemplateContext(view, Options, allowModelMembers: true);
        scope?.Invoke(context);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        template.RenderAsync(writer, HtmlEncoder.Default, context).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    [Fact]
    public void Pages_that_share_the_inputs_reuse_one_render()
    {
        var inner = new CountingTemplate();
        var partial = new MemoizedPartial(inner, ["nav", "root"]);
        var nav = Nav("Governance");
        Assert.Equal("1", Render(partial, View("../../", nav)));
        Assert.Equal("1", Render(partial, View("../../", nav)));
        Assert.Equal(1, inner.Renders);
    }

    [Fact]
    public void Another_value_of_any_input_renders_afresh()
    {
        var inner = new CountingTemplate();
        var partial = new MemoizedPartial(inner, ["nav", "root"]);
        var nav = Nav("Governance");
        Assert.Equal("1", Render(partial, View("../../", nav)));
        Assert.Equal("2", Render(partial, View("../", nav)));
        Assert.Equal("3", Render(partial, View("../", Nav("Governance"))));
        Assert.Equal("2", Render(partial, View("../", nav)));
    }

    [Fact]
    public void A_value_set_in_the_scope_hides_the_view_member_of_that_name()
    {
        var inner = new CountingTemplate();
        var partial = new MemoizedPartial(inner, ["root"]);
        var view = View("../", Nav("A"));
        Assert.Equal("1", Render(partial, view));
        Assert.Equal("2", Render(partial, view, c => c.SetValue("root", "x/")));
        Assert.Equal("2", Render(partial, view, c => c.SetValue("root", "x/")));
        Assert.Equal("3", Render(partial, view, c => c.SetValue("root", new Fluid.Values.StringValue("x/", encode: false))));
    }

    [Fact]
    public void An_input_holding_a_value_that_may_change_is_rendered_every_time()
    {
        var inner = new CountingTemplate();
        var partial = new MemoizedPartial(inner, ["forloop"]);
        var view = View("../", Nav("A"));
        Assert.Equal("1", Render(partial, view, c => c.SetValue("forloop", new Fluid.Values.ForLoopValue())));
        Assert.Equal("2", Render(partial, view, c => c.SetValue("forloop", new Fluid.Values.ForLoopValue())));
    }

    /// <summary>Reads <see cref="PageView.Root"/> as Fluid's reflection accessor does under Native AOT: as a Fluid value.</summary>
    private sealed class RootAsFluidValue : IMemberAccessor
    {
        public object Get(object obj, string name, TemplateContext ctx) => new Fluid.Values.StringValue(((PageView)obj).Root);
    }

    [Fact]
    public void A_view_member_the_accessor_hands_back_as_a_fluid_value_is_compared_by_its_value()
    {
        var strategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        strategy.Register<PageView>("root", new RootAsFluidValue());
        var options = new TemplateOptions { MemberAccessStrategy = strategy, CultureInfo = CultureInfo.InvariantCulture };
        var inner = new CountingTemplate();
        var partial = new MemoizedPartial(inner, ["root"]);
        string Render(string root)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            partial.RenderAsync(writer, HtmlEncoder.Default, new TemplateContext(View(root, Nav("A")), options, allowModelMembers: true))
                .AsTask().GetAwaiter().GetResult();
            return writer.ToString();
        }
        Assert.Equal("1", Render("../"));
        Assert.Equal("1", Render("../"));
        Assert.Equal("2", Render("../../"));
    }

    [Fact]
    public void A_partial_that_is_seldom_reused_stops_being_looked_up_and_still_renders_each_page()
    {
        var inner = new CountingTemplate();
        var partial = new MemoizedPartial(inner, ["root"]);
        var view = View("../", Nav("A"));
        for (var i = 1; i <= 200; i++)
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), Render(partial, view, c => c.SetValue("root", "p" + i)));
    }
}
