using Hotpass.Docs.Load.Governance.Frameworks;

namespace Hotpass.Docs.Model.Governance;

/// <summary>Framework requirement → control → risks → evidence → status, with coverage per framework.</summary>
/// <remarks>Every requirement of a framework that at least one control cites gets a row, so its gaps show; frameworks no
/// control cites appear only in <see cref="Coverage"/> (0 of N), since hundreds of empty rows would bury the real ones.
/// Controls that cite no requirement come last, with no requirement.</remarks>
public sealed record TraceabilityMatrix(IReadOnlyList<MatrixRow> Rows, IReadOnlyList<FrameworkCoverage> Coverage)
{
    /// <summary>The version of the <c>matrix.json</c> shape (see content/reference/matrix-format.md).</summary>
    public const int FormatVersion = 1;

    /// <param name="statusOf">The evidence stage's status for a control; null (the default) means not judged.</param>
    public static TraceabilityMatrix Build(GovernanceModel model, Func<Control, ControlStatus?>? statusOf = null)
    {
        statusOf ??= _ => null;
        var rows = new List<MatrixRow>();
        var coverage = new List<FrameworkCoverage>();
        var cited = model.Controls.SelectMany(c => c.Satisfies).Select(s => s.Framework).ToHashSet(StringComparer.Ordinal);
        foreach (var framework in model.Frameworks)
        {
            var covered = new List<FrameworkRequirement>();
            var uncovered = new List<FrameworkRequirement>();
            foreach (var requirement in framework.Requirements)
            {
                var controls = model.ControlsSatisfying(requirement);
                (controls.Count > 0 ? covered : uncovered).Add(requirement);
                if (!cited.Contains(framework.Id)) continue;
                if (controls.Count == 0) rows.Add(new MatrixRow(requirement, null, [], [], null));
                rows.AddRange(controls.Select(c => Row(model, requirement, c, statusOf)));
            }
            coverage.Add(new FrameworkCoverage(framework, covered, uncovered));
        }
        foreach (var control in model.Controls.Where(c => !c.Satisfies.Any(s => model.FindRequirement(s) is not null)))
            rows.Add(Row(model, null, control, statusOf));
        return new TraceabilityMatrix(rows, coverage);
    }

    private static MatrixRow Row(GovernanceModel model, FrameworkRequirement? requirement, Control control, Func<Control, ControlStatus?> statusOf) =>
        new(requirement, control,
            [.. model.RisksFor(control).OrderByDescending(r => r.Rpn ?? 0).ThenBy(r => r.Id, StringComparer.Ordinal)],
            [.. control.Evidence.Select(e => e.Id)],
            statusOf(control));
}
