using Hotpass.Docs.Governance.Oscal;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Model;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Text;
using static Hotpass.Docs.Governance.Matrix.XlsxCells;

namespace Hotpass.Docs.Governance.Matrix;

/// <summary>The worksheets of <c>matrix.xlsx</c>, one per view of the model: the matrix (the same columns and cells as
/// <c>matrix.csv</c>), risks, controls, evidence and waivers.</summary>
internal static class MatrixSheets
{
    public static IReadOnlyList<XlsxSheet> Of(SiteModel site) =>
        [MatrixSheet(site.Matrix), Risks(site), Controls(site), Evidence(site), WaiverSheet.Of(site)];

    /// <summary>Row for row and cell for cell what <see cref="MatrixCsvWriter"/> writes, the RPN as a number.</summary>
    private static XlsxSheet MatrixSheet(TraceabilityMatrix matrix) => new("Matrix", MatrixCsvWriter.Header,
        [12, 14, 40, 26, 40, 12, 36, 12, 36, 10],
        [.. matrix.Rows.Select(row => new[]
        {
            Str(row.Requirement?.Framework), Str(row.Requirement?.Id), Str(row.Requirement?.Title),
            Str(row.Control?.Id), Str(row.Control?.Title), Str(row.Control?.Cadence?.Name), Str(MatrixText.Risks(row)),
            Number(row.HighestRpn), Str(string.Join("; ", row.Evidence)), Str(row.Control is null ? "" : MatrixText.Status(row.Status)),
        })]);

    private static XlsxSheet Risks(SiteModel site) => new("Risks",
        ["Risk", "Title", "Effect", "Severity", "Occurrence", "Detection", "RPN", "Owner", "Status", "Mitigated by", "Declared in"],
        [24, 40, 40, 10, 10, 10, 8, 16, 12, 36, 36],
        [.. site.Governance.Risks.Select(r => new[]
        {
            Str(r.Id), Str(r.Title), Str(r.Effect), Number(r.Severity), Number(r.Occurrence), Number(r.Detection), Number(r.Rpn),
            Str(r.Owner), Str(r.Status?.ToString().ToLowerInvariant()), Str(string.Join("; ", site.Governance.ControlsFor(r).Select(c => c.Id))),
            Str(r.Page),
        })]);

    private static XlsxSheet Controls(SiteModel site)
    {
        var statuses = site.Matrix.Rows.Where(r => r.Control is not null)
            .GroupBy(r => r.Control!.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Status, StringComparer.Ordinal);
        return new("Controls",
            ["Control", "Title", "Status", "Why", "Cadence", "Owner", "Satisfies", "Mitigates", "Evidence", "Newest evidence", "Stale from", "Declared in"],
            [26, 40, 10, 60, 12, 16, 36, 36, 36, 30, 22, 36],
            [.. site.Governance.Controls.Select(c =>
            {
                var judgement = site.Evidence.For(c);
                var status = statuses.TryGetValue(c.Id, out var s) ? s : judgement.Status;
                return new[]
                {
                    Str(c.Id), Str(c.Title), Str(MatrixText.Status(status)), Str(judgement.Reason), Str(c.Cadence?.Name), Str(c.Owner),
                    Str(string.Join("; ", c.Satisfies.Select(r => r.Key))), Str(string.Join("; ", site.Governance.RisksFor(c).Select(r => r.Id))),
                    Str(string.Join("; ", c.Evidence.Select(e => e.Id))), Str(judgement.Newest?.Id), Str(Stamp(judgement.StaleAt)), Str(c.Page),
                };
            })]);
    }

    private static XlsxSheet Evidence(SiteModel site) => new("Evidence",
        ["Evidence", "Title", "Kind", "Format", "Path", "SHA-256", "Size (bytes)", "Collected", "Expires", "Commit", "Source URL", "Status", "Cited by"],
        [30, 36, 14, 22, 36, 66, 12, 22, 22, 42, 40, 14, 36],
        [.. site.Evidence.Items.Select(i => new[]
        {
            Str(i.Id), Str(i.Title), Str(i.Kind.ToString()), Str(Format(i)), Str(i.Path), Str(i.Sha256), Number(i.Size),
            Str(Stamp(i.CollectedAt)), Str(Stamp(EvidenceExpiry.Of(i, site))), Str(i.Commit), Str(i.SourceUrl),
            Str(site.Evidence.StatusOf(i)?.StatusText), Str(string.Join("; ", site.Evidence.JudgementsOf(i).Select(j => j.ControlId))),
        })]);

    private static string Format(EvidenceItem item) => item.Format.Version is { } v ? item.Format.Name + " " + v : item.Format.Name;

    /// <summary>Times as ISO 8601 text in UTC, as matrix.json writes them: a date cell would be shown in the reader's zone.</summary>
    private static string? Stamp(DateTimeOffset? instant) => instant is { } t ? Timestamps.Iso(t) : null;
}
