using System.Globalization;
using System.Net;
using System.Text;

namespace Hotpass.Docs.Governance.HeatMap;

/// <summary>The heat map's numbers as an HTML table (severity rows, occurrence columns), for readers who cannot see the
/// picture and for print. With links, each count is the keyboard's and screen reader's way to the risks it counts.</summary>
internal static class HeatMapTable
{
    /// <param name="links">Where each cell leads; null writes the counts alone.</param>
    public static string Write(RiskHeatMap map, HeatMapLinks? links = null)
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
                var count = n == 0 ? "" : n.ToString(CultureInfo.InvariantCulture);
                if (links?.At(s, o) is { } link)
                    count = $"<a href=\"{WebUtility.HtmlEncode(link.Href)}\" aria-label=\"{WebUtility.HtmlEncode(link.Label)}\">{count}</a>";
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"heatmap-{RiskHeatMap.Band(s, o)}\">{count}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }
}
