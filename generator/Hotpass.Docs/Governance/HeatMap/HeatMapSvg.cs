using System.Globalization;
using System.Net;
using System.Text;

namespace Hotpass.Docs.Governance.HeatMap;

/// <summary>Draws a <see cref="RiskHeatMap"/> as inline SVG: severity up, occurrence across, each cell's count written
/// in it, with a title and a description that say the same numbers in words for screen readers. With links, a cell that
/// counts risks is a link to them for the pointer; the keyboard and screen readers take the same links, named, from
/// <see cref="HeatMapTable"/> beside it, so the picture adds no second tab stop per cell.</summary>
internal static class HeatMapSvg
{
    private const int Cell = 36;
    private const int Left = 56;
    private const int Top = 8;
    private const int Size = Cell * 10;

    /// <param name="idPrefix">Prefix for the title and description ids, unique on the page.</param>
    /// <param name="links">Where each cell leads; null draws no links.</param>
    public static string Write(RiskHeatMap map, string idPrefix = "heatmap", HeatMapLinks? links = null)
    {
        var id = WebUtility.HtmlEncode(idPrefix);
        var width = Left + Size + 8;
        var height = Top + Size + 48;
        var image = Invariant($"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"");
        var svg = new StringBuilder();
        // With links, the picture is an image inside the SVG and the links lie over it, apart: an image's content is
        // presentational, so a link inside it would be a control no assistive technology can reach.
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"{(links is null ? " " + image : "")}>\n"));
        if (links is not null) svg.Append(Invariant($"<g {image}>\n"));
        svg.Append(Invariant($"<title id=\"{id}-title\">Risk heat map: severity by occurrence</title>\n"));
        svg.Append(Invariant($"<desc id=\"{id}-desc\">{WebUtility.HtmlEncode(Describe(map))}</desc>\n"));
        for (var severity = 10; severity >= 1; severity--)
            for (var occurrence = 1; occurrence <= 10; occurrence++)
                AppendCell(svg, map, severity, occurrence);
        AppendAxes(svg);
        if (links is not null)
        {
            svg.Append("</g>\n");
            for (var severity = 10; severity >= 1; severity--)
                for (var occurrence = 1; occurrence <= 10; occurrence++)
                    if (links.At(severity, occurrence) is { } link) AppendLink(svg, severity, occurrence, link);
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>"3 risks plotted. Severity 9, occurrence 6: 1 risk. …" — every non-empty cell, highest severity first.</summary>
    public static string Describe(RiskHeatMap map)
    {
        var text = new StringBuilder(Invariant($"{map.Plotted} {Plural(map.Plotted)} plotted by severity (1–10, up) and occurrence (1–10, across)."));
        for (var severity = 10; severity >= 1; severity--)
            for (var occurrence = 10; occurrence >= 1; occurrence--)
                if (map.Count(severity, occurrence) is var n and > 0)
                    text.Append(Invariant($" Severity {severity}, occurrence {occurrence}: {n} {Plural(n)}."));
        if (map.Unscored > 0) text.Append(Invariant($" {map.Unscored} {Plural(map.Unscored)} not plotted for want of scores."));
        return text.ToString();
    }

    private static void AppendCell(StringBuilder svg, RiskHeatMap map, int severity, int occurrence)
    {
        var x = Left + ((occurrence - 1) * Cell);
        var y = Top + ((10 - severity) * Cell);
        var count = map.Count(severity, occurrence);
        var band = RiskHeatMap.Band(severity, occurrence);
        var fill = band switch { "high" => "#b3261e", "medium" => "#e8a33d", _ => "#9fc5a8" };
        svg.Append(Invariant($"<rect class=\"heatmap-{band}\" x=\"{x}\" y=\"{y}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"{fill}\" fill-opacity=\"{(count > 0 ? "1" : "0.35")}\" stroke=\"#ffffff\"/>\n"));
        if (count == 0) return;
        var ink = band == "high" ? "#ffffff" : "#1b1b1b";
        svg.Append(Invariant($"<text x=\"{x + (Cell / 2)}\" y=\"{y + (Cell / 2) + 5}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"{ink}\">{count}</text>\n"));
    }

    /// <summary>A cell's link for the pointer, over the cell: out of the tab order and hidden from assistive technology,
    /// which reach the same link in <see cref="HeatMapTable"/>.</summary>
    private static void AppendLink(StringBuilder svg, int severity, int occurrence, HeatMapLink link)
    {
        var x = Left + ((occurrence - 1) * Cell);
        var y = Top + ((10 - severity) * Cell);
        svg.Append(Invariant($"<a href=\"{WebUtility.HtmlEncode(link.Href)}\" tabindex=\"-1\" aria-hidden=\"true\"><title>{WebUtility.HtmlEncode(link.Label)}</title><rect class=\"heatmap-hit\" x=\"{x}\" y=\"{y}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"transparent\"/></a>\n"));
    }

    // Axis words take the page's text colour (currentColor), so they read in dark mode as in light.
    private static void AppendAxes(StringBuilder svg)
    {
        for (var i = 1; i <= 10; i++)
        {
            svg.Append(Invariant($"<text x=\"{Left - 8}\" y=\"{Top + ((10 - i) * Cell) + (Cell / 2) + 4}\" text-anchor=\"end\" font-size=\"12\" fill=\"currentColor\">{i}</text>\n"));
            svg.Append(Invariant($"<text x=\"{Left + ((i - 1) * Cell) + (Cell / 2)}\" y=\"{Top + Size + 16}\" text-anchor=\"middle\" font-size=\"12\" fill=\"currentColor\">{i}</text>\n"));
        }
        svg.Append(Invariant($"<text x=\"{Left + (Size / 2)}\" y=\"{Top + Size + 38}\" text-anchor=\"middle\" font-size=\"13\" fill=\"currentColor\">Occurrence</text>\n"));
        svg.Append(Invariant($"<text x=\"14\" y=\"{Top + (Size / 2)}\" text-anchor=\"middle\" font-size=\"13\" fill=\"currentColor\" transform=\"rotate(-90 14 {Top + (Size / 2)})\">Severity</text>\n"));
    }

    private static string Plural(int n) => n == 1 ? "risk" : "risks";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
