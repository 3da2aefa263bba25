using System.Globalization;
using System.Net;
using System.Text;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Text;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Evidence.Views;

/// <summary>Items of one kind over time (test runs of one folder, coverage reports of one folder, SBOMs of one
/// subject) drawn as inline SVG line charts at build time, with the numbers as a table.</summary>
internal static class EvidenceSeries
{
    private const int Width = 480;
    private const int Height = 160;
    private const int Pad = 24;

    public static List<EvidenceSeriesView> Of(IReadOnlyList<EvidenceItem> items)
    {
        var series = new List<EvidenceSeriesView>();
        var dated = items.Where(i => i.CollectedAt is not null).OrderBy(i => i.CollectedAt).ThenBy(i => i.Path, StringComparer.Ordinal).ToList();
        foreach (var group in dated.Where(i => i.Facts is TestRunFacts).GroupBy(Folder, StringComparer.Ordinal).Where(g => g.Count() > 1))
            series.Add(Build("Test runs in " + group.Key, ["tests", "failed", "duration (s)"], group,
                i => i.Facts is TestRunFacts t ? [t.Total, t.Failures + t.Errors, t.DurationSeconds ?? 0] : []));
        foreach (var group in dated.Where(i => i.Facts is CoverageFacts).GroupBy(Folder, StringComparer.Ordinal).Where(g => g.Count() > 1))
            series.Add(Build("Coverage in " + group.Key, ["line %", "branch %"], group,
                i => i.Facts is CoverageFacts c ? [Math.Round((c.LineRate ?? 0) * 100, 2), Math.Round((c.BranchRate ?? 0) * 100, 2)] : []));
        foreach (var group in dated.Where(i => i.Facts is SbomFacts { SubjectName: not null })
                     .GroupBy(i => ((SbomFacts)i.Facts).SubjectName!, StringComparer.Ordinal).Where(g => g.Count() > 1))
            series.Add(Build("SBOM components of " + group.Key, ["components", "vulnerabilities"], group,
                i => i.Facts is SbomFacts s ? [s.Components, s.Vulnerabilities] : []));
        return series;
    }

    private static string Folder(EvidenceItem item) =>
        item.Path.LastIndexOf('/') is var slash and > 0 ? item.Path[..slash] : "evidence";

    private static EvidenceSeriesView Build(string title, string[] measures, IEnumerable<EvidenceItem> items, Func<EvidenceItem, double[]> values)
    {
        var points = items.Select(i => (Day: Day(i), Values: values(i))).ToList();
        IReadOnlyList<string> columns = ["collected", .. measures];
        var rows = points.Select(p => (IReadOnlyList<string>)[p.Day, .. p.Values.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture))]).ToList();
        return new EvidenceSeriesView(title, Svg(title, measures, points), columns, rows);
    }

    private static string Day(EvidenceItem item) => Timestamps.Day(item.CollectedAt!.Value);

    /// <summary>Each measure scaled to its own maximum, so a count and a duration share one chart; the table gives the values.</summary>
    private static string Svg(string title, string[] measures, List<(string Day, double[] Values)> points)
    {
        var text = WebUtility.HtmlEncode(title);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" aria-labelledby=\"t-{Slug(title)} d-{Slug(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"t-{Slug(title)}\">{text}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"d-{Slug(title)}\">{WebUtility.HtmlEncode(string.Join(", ", measures))} from {points[0].Day} to {points[^1].Day}; the table below gives each value.</desc>");
        for (var m = 0; m < measures.Length; m++)
        {
            var max = points.Max(p => p.Values[m]);
            var coords = points.Select((p, i) => (
                X: Pad + i * (Width - 2 * Pad) / (double)Math.Max(1, points.Count - 1),
                Y: Height - Pad - (max <= 0 ? 0 : p.Values[m] / max * (Height - 2 * Pad))));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series-{m}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"{(m == 0 ? "none" : m == 1 ? "6 3" : "2 3")}\" points=\"");
            svg.AppendJoin(' ', coords.Select(c => c.X.ToString("0.#", CultureInfo.InvariantCulture) + "," + c.Y.ToString("0.#", CultureInfo.InvariantCulture)));
            svg.Append("\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Pad + m * 150}\" y=\"14\" font-size=\"11\" fill=\"currentColor\">{(m == 0 ? "—" : m == 1 ? "- -" : "···")} {WebUtility.HtmlEncode(measures[m])}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Slug(string title) =>
        new([.. title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
