using System.Globalization;
using System.Text;

namespace Hotpass.Docs.Governance.HeatMap;

/// <summary>The heat map's numbers as an HTML table (severity rows, occurrence columns), for readers who cannot see the
/// picture and for print.</summary>
internal static class HeatMapTable
{
    public static string Write(RiskHeatMap map)
    {
        var html = new StringBuilder("<table class=\"heatmap-table\">\n<caption>Risks by severity (rows) and occurrence (columns)</caption>\n<thead>\n<tr><th scope=\"col\">Severity \\ Occurrence</th>");
        for (var o = 1; o <= 10; o++) html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{o}</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        for (var s = 10; s >= 1; s--)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{s}</th>");
            for (var o = 1; o <= 10; o++)
            {
                var n = map.Count(s, o);
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"heatmap-{RiskHeatMap.Band(s, o)}\">{(n == 0 ? "" : n.ToString(CultureInfo.InvariantCulture))}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }
}
