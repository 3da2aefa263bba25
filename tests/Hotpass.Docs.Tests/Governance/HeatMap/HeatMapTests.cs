using System.Text.RegularExpressions;
using Hotpass.Docs.Governance.HeatMap;
using Hotpass.Docs.Tests.TestSupport;
using static Hotpass.Docs.Tests.TestSupport.GovernanceSpec;

namespace Hotpass.Docs.Tests.Governance.HeatMap;

/// <summary>The severity × occurrence heat map as inline SVG and as a table (golden), with its numbers in words.</summary>
public sealed class HeatMapTests
{
    private static RiskHeatMap Map()
    {
        var (model, _) = Declare(("h.md", Page("""
            risks:
              - { id: RSK-A, title: A, severity: 9, occurrence: 6, detection: 6 }
              - { id: RSK-B, title: B, severity: 6, occurrence: 4, detection: 5 }
              - { id: RSK-C, title: C, severity: 6, occurrence: 4, detection: 4 }
              - { id: RSK-D, title: D, severity: 2, occurrence: 1, detection: 1 }
              - { id: RSK-E, title: E, severity: 11, occurrence: 1, detection: 1 }

            """)));
        return new RiskHeatMap(model.Risks);
    }

    [Fact]
    public void Counts_risks_per_cell_and_leaves_unscored_ones_off()
    {
        var map = Map();
        Assert.Equal((4, 1), (map.Plotted, map.Unscored));
        Assert.Equal((1, 2, 1, 0), (map.Count(9, 6), map.Count(6, 4), map.Count(2, 1), map.Count(10, 10)));
        Assert.Equal("4 risks plotted by severity (1–10, up) and occurrence (1–10, across). Severity 9, occurrence 6: 1 risk. Severity 6, occurrence 4: 2 risks. Severity 2, occurrence 1: 1 risk. 1 risk not plotted for want of scores.",
            HeatMapSvg.Describe(map));
    }

    [Fact]
    public void The_svg_matches_its_golden_file() => Golden.Verify("governance/heatmap.svg", HeatMapSvg.Write(Map(), "risk-heatmap"));

    [Fact]
    public void The_table_matches_its_golden_file() => Golden.Verify("governance/heatmap-table.html", HeatMapTable.Write(Map()));

    [Fact]
    public void The_id_prefix_is_escaped() => Assert.Contains("id=\"a&quot;b-title\"", HeatMapSvg.Write(Map(), "a\"b"), StringComparison.Ordinal);

    private static HeatMapLinks Links(RiskHeatMap map) => new(map, r => "../risks/" + r.Id + "&.html");

    [Fact]
    public void A_cell_of_several_risks_links_to_its_anchor_one_of_one_risk_to_that_risk_and_an_empty_cell_nowhere()
    {
        var map = Map();
        var links = Links(map);
        Assert.Equal(new HeatMapLink("#severity-6-occurrence-4", "2 risks with severity 6 and occurrence 4"), links.At(6, 4));
        Assert.Equal(new HeatMapLink("../risks/RSK-A&.html", "1 risk with severity 9 and occurrence 6: RSK-A"), links.At(9, 6));
        Assert.Null(links.At(10, 10));
        Assert.Equal(["RSK-B", "RSK-C"], map.RisksAt(6, 4).Select(r => r.Id));
        Assert.Equal("severity=6&occurrence=4", HeatMapLinks.Filter(6, 4));
    }

    [Fact]
    public void With_links_the_table_links_each_count_by_name_and_the_picture_links_cells_out_of_the_tab_order()
    {
        var map = Map();
        var table = HeatMapTable.Write(map, Links(map));
        Assert.Contains("<a href=\"#severity-6-occurrence-4\" aria-label=\"2 risks with severity 6 and occurrence 4\">2</a>", table, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../risks/RSK-A&amp;.html\" aria-label=\"1 risk with severity 9 and occurrence 6: RSK-A\">1</a>", table, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(table, "<a "));

        var svg = HeatMapSvg.Write(map, "risk-heatmap", Links(map));
        Assert.Equal(3, Regex.Count(svg, "<a href=\"[^\"]+\" tabindex=\"-1\" aria-hidden=\"true\">"));
        // The image holds no link: its content is presentational to assistive technology.
        var image = svg[svg.IndexOf("<g role=\"img\"", StringComparison.Ordinal)..svg.IndexOf("</g>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<a ", image, StringComparison.Ordinal);
        Assert.DoesNotContain("role=", svg[..svg.IndexOf('>')], StringComparison.Ordinal);
        Assert.Contains("<title>1 risk with severity 9 and occurrence 6: RSK-A</title>", svg, StringComparison.Ordinal);
    }
}
