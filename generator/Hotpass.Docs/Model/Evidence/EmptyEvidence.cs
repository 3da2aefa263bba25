using Hotpass.Docs.Load.Evidence;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>Evidence that is present but proves nothing: a test report with no tests, a SARIF log with no runs, an
/// SBOM with no components. It counts as missing.</summary>
internal static class EmptyEvidence
{
    public static string? Why(EvidenceItem item) => item.Facts switch
    {
        TestRunFacts { Total: 0 } => "a test report with no tests",
        StaticAnalysisFacts { Runs: 0 } => "a SARIF log with no runs",
        SbomFacts { Components: 0 } => "an SBOM with no components",
        _ => null,
    };
}
