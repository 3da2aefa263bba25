using System.Globalization;
using Fluid;
using Fluid.Values;
using Hotpass.Docs.Governance.Views;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Render.Templates;
using Hotpass.Docs.Render.Templates.View;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Render.Templates;

public sealed class ViewMemberAccessTests
{
    private static readonly ViewMemberAccess Members = new ViewMemberAccess().Add<NavSection>().Add<NavLink>().Add<GovernanceLink>().Add<CoverageView>();

    private static readonly NavSection Section = new("Guides", "how-to/index.html", true, false, 2, false,
        [new NavLink("One", "how-to/one.html", false)]);

    private static object? Read(object view, string name) =>
        Members.GetAccessor(view.GetType(), name)!.Get(view, name, new TemplateContext());

    [Fact]
    public void Every_public_property_of_a_view_is_read_under_its_snake_case_name()
    {
        foreach (var type in new[] { typeof(NavSection), typeof(NavLink), typeof(GovernanceLink), typeof(CoverageView) })
            foreach (var property in type.GetProperties())
                Assert.NotNull(Members.GetAccessor(type, MemberNameStrategies.SnakeCase(property)));
        Assert.Null(Members.GetAccessor(typeof(NavSection), "Title"));
        Assert.Null(Members.GetAccessor(typeof(PageView), "title"));
    }

    [Fact]
    public void The_theme_reads_every_member_of_every_view_record()
    {
        using var site = new TempSite();
        var features = new SiteFeatures([.. new SitePipelineBuilder().Features]);
        var strategy = new TemplateSet(new ThemeFiles(Path.Combine(site.Root, "templates"), "templates/"), features).Options.MemberAccessStrategy;
        string[] viewNamespaces = ["Hotpass.Docs.Render.Templates.View", "Hotpass.Docs.Governance.Views", "Hotpass.Docs.Evidence.Views"];
        var views = typeof(PageView).Assembly.GetTypes()
            .Where(t => !t.IsNested && viewNamespaces.Contains(t.Namespace) && t.GetMethod("<Clone>$") is not null) // records: the views, not their builders
            .Append(typeof(Hotpass.Docs.Render.Markdown.TocEntry)).ToList();
        Assert.True(views.Count > 25);
        foreach (var feature in features.All) Assert.NotNull(strategy.GetAccessor(typeof(PageView), feature.ViewName));
        foreach (var type in views)
            foreach (var property in type.GetProperties())
                Assert.True(strategy.GetAccessor(type, MemberNameStrategies.SnakeCase(property)) is not null, $"{type.Name}.{property.Name}");
    }

    [Fact]
    public void Text_flags_and_numbers_are_Fluid_values_lists_stay_lists()
    {
        Assert.Equal("Guides", Assert.IsType<StringValue>(Read(Section, "title")).ToStringValue());
        Assert.Same(BooleanValue.True, Read(Section, "active"));
        Assert.Equal(2m, Assert.IsType<NumberValue>(Read(Section, "count")).ToNumberValue());
        Assert.Same(Section.Pages, Read(Section, "pages"));
        Assert.Same(NilValue.Instance, Read(new GovernanceLink("R-1", "T", "r.html"), "rpn"));
        var coverage = new CoverageView("SSDF", "NIST SSDF", null, 3, 1, []);
        Assert.Same(NilValue.Instance, Read(coverage, "version"));
        Assert.Equal(3m, Assert.IsType<NumberValue>(Read(coverage, "total")).ToNumberValue());
    }

    [Fact]
    public void A_template_reads_through_them_as_through_Fluids_own_strategy()
    {
        var template = new FluidParser().Parse(
            "{{ s.title }}|{% if s.active %}on{% endif %}|{{ s.count | plus: 1 }}|{% for p in s.pages %}{{ p.url }}{% endfor %}|{{ s.pages.size }}|{{ s.missing }}|{% if s.current %}cur{% else %}not{% endif %}");
        string Render(MemberAccessStrategy strategy)
        {
            var context = new TemplateContext(new TemplateOptions { MemberAccessStrategy = strategy, CultureInfo = CultureInfo.InvariantCulture });
            context.SetValue("s", new ObjectValue(Section));
            return template.Render(context);
        }
        var fluids = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        fluids.Register<NavSection>();
        fluids.Register<NavLink>();
        Assert.Equal("Guides|on|3|how-to/one.html|1||not", Render(Members));
        Assert.Equal(Render(fluids), Render(Members));
    }
}
