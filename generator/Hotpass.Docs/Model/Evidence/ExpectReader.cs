using System.Globalization;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Yaml;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>Reads a control's <c>expect:</c> mapping into conditions, reporting unknown fact names (with a
/// did-you-mean) and values that cannot be compared at the control's YAML.</summary>
internal static class ExpectReader
{
    private static readonly string[] KnownKeys =
        [.. EvidenceFactNames.All.SelectMany(f => new[] { f.Name, f.Name + "_min", f.Name + "_max" })];

    public static IReadOnlyList<ExpectCondition> Read(Control control, DiagnosticBag diagnostics)
    {
        if (control.Expect is null) return [];
        var conditions = new List<ExpectCondition>();
        foreach (var (key, node) in control.Expect.Entries)
        {
            var (fact, comparison) = Split(key.Value);
            if (!EvidenceFactNames.IsKnown(fact))
            {
                diagnostics.Report(DiagnosticCodes.ExpectUnknownFact, key.Location, control.Id, key.Value, DidYouMean.Suffix(key.Value, KnownKeys));
                continue;
            }
            if (node is not YamlScalar { IsNull: false } scalar)
            {
                diagnostics.Report(DiagnosticCodes.ExpectInvalid, node.Location, control.Id, key.Value, "needs a single value");
                continue;
            }
            var numeric = double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            if (comparison != ExpectComparison.Equal && !numeric)
            {
                diagnostics.Report(DiagnosticCodes.ExpectInvalid, scalar.Location, control.Id, key.Value, $"needs a number, not '{scalar.Value}'");
                continue;
            }
            conditions.Add(new ExpectCondition(key.Value, fact, comparison, scalar.Value));
        }
        return conditions;
    }

    /// <summary>A known name wins over a suffix reading, so a fact that itself ends in <c>_max</c> stays whole.</summary>
    private static (string Fact, ExpectComparison Comparison) Split(string key)
    {
        if (EvidenceFactNames.IsKnown(key)) return (key, ExpectComparison.Equal);
        if (key.EndsWith("_min", StringComparison.Ordinal)) return (key[..^4], ExpectComparison.AtLeast);
        if (key.EndsWith("_max", StringComparison.Ordinal)) return (key[..^4], ExpectComparison.AtMost);
        return (key, ExpectComparison.Equal);
    }
}
