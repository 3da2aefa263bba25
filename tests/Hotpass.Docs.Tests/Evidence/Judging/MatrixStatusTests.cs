using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Evidence.Judging;

/// <summary>The matrix's status column reads the same judgement as the gate and the evidence pages.</summary>
public sealed class MatrixStatusTests
{
    [Fact]
    public void The_shipped_matrix_shows_each_controls_judged_status()
    {
        var site = SiteModelLoader.Shipped();
        var matrix = site.Matrix;
        var statuses = matrix.Rows.Where(r => r.Control is not null)
            .Select(r => (r.Control!.Id, r.Status)).Distinct().OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(9, statuses.Count);
        Assert.Equal([("CTL-SECRETS-VAULT", (ControlStatus?)ControlStatus.Due)], statuses.Where(s => s.Status != ControlStatus.Fresh));
    }

    [Fact]
    public void Judged_as_of_a_year_later_every_dated_control_is_stale()
    {
        var site = SiteModelLoader.Run(RepoPaths.Root, "2026-11-23").Site!;
        var (model, evidence) = (site.Governance, site.Evidence);
        Assert.All(model.Controls.Where(c => c.Cadence is { NeedsCurrentCommit: false }), c => Assert.Equal(ControlStatus.Stale, evidence.For(c).Status));
    }
}
