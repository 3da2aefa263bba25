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
}
