using Fluid;
using Hotpass.Docs.Render.Templates.Reuse;

namespace Hotpass.Docs.Tests.Render.Templates.Reuse;

public sealed class PartialInputsTests
{
    private static readonly FluidParser Parser = new();

    private static IReadOnlyList<string>? Inputs(string text, Dictionary<string, string>? partials = null)
    {
        Assert.True(Parser.TryParse(text, out var template, out var error), error);
        return PartialInputs.Of(template, Parser, name => partials?.GetValueOrDefault(name), maxDepth: 10);
    }

    [Fact]
    public void A_sidebar_reads_its_list_and_the_root_but_not_its_loop_variables()
    {
        var inputs = Inputs("{% for s in nav %}<a href=\"{{ root }}{{ s.url | escape }}\">{{ forloop.index }}</a>"
            + "{% for p in s.pages %}{{ p.title }}{% endfor %}{% endfor %}");
        Assert.Equal(["nav", "root"], inputs);
    }

    [Fact]
    public void A_loop_variable_read_outside_its_loop_is_an_input()
    {
        Assert.Equal(["list", "x"], Inputs("{% for x in list %}{{ x }}{% endfor %}{{ x }}"));
    }

    [Fact]
    public void Conditions_filters_indexes_ranges_assign_and_capture_are_followed()
    {
        var inputs = Inputs("{% if page.kind == kind and n > 1 %}{{ title | default: fallback }}{% endif %}{{ nav[i].title }}"
            + "{% for k in (1..count) %}{% endfor %}{% assign t = page.title %}{% capture c %}{{ t }}{% endcapture %}"
            + "{% case mode %}{% when 'a' %}{{ a }}{% else %}{{ b }}{% endcase %}{% unless hidden %}x{% endunless %}");
        Assert.Equal(["a", "b", "count", "fallback", "hidden", "i", "kind", "mode", "n", "nav", "page", "t", "title"], inputs);
    }

    [Fact]
    public void Partials_included_by_name_add_their_inputs()
    {
        var partials = new Dictionary<string, string> { ["menu"] = "{% include 'sidebar' %}", ["sidebar"] = "{{ site.title }}" };
        Assert.Equal(["root", "site"], Inputs("{{ root }}{% include 'menu' %}", partials));
    }

    [Theory]
    [InlineData("{% cycle 'odd', 'even' %}")]
    [InlineData("{% increment counter %}")]
    [InlineData("{% decrement counter %}")]
    [InlineData("{% include name %}")]
    [InlineData("{% include 'missing' %}")]
    [InlineData("{% for x in list offset: continue %}{{ x }}{% endfor %}")]
    [InlineData("{% render 'sidebar' %}")]
    [InlineData("{% tablerow x in list %}{{ x }}{% endtablerow %}")]
    public void A_partial_whose_output_may_depend_on_more_than_its_variables_is_never_reused(string text)
    {
        Assert.Null(Inputs(text, new Dictionary<string, string> { ["sidebar"] = "x" }));
    }

    [Fact]
    public void A_partial_that_includes_itself_is_never_reused()
    {
        Assert.Null(Inputs("{% include 'loop' %}", new Dictionary<string, string> { ["loop"] = "{% include 'loop' %}" }));
    }
}
