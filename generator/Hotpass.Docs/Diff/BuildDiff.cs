namespace Hotpass.Docs.Diff;

/// <summary>How the current build differs from the baseline. Lists are in ordinal order of path or id.</summary>
/// <param name="OtherFilesChanged">Assets and generated files added, removed or changed (not listed one by one).</param>
/// <param name="ControlsCompared">False when either build has no matrix, so no status could be compared.</param>
/// <param name="ResolvedDiagnostics">How many of the baseline's diagnostics the current build no longer reports.</param>
public sealed record BuildDiff(
    IReadOnlyList<string> PagesAdded,
    IReadOnlyList<string> PagesRemoved,
    IReadOnlyList<string> PagesChanged,
    int OtherFilesChanged,
    bool ControlsCompared,
    IReadOnlyList<ControlStatusChange> ControlChanges,
    IReadOnlyList<ReportedDiagnostic> NewDiagnostics,
    int ResolvedDiagnostics)
{
    public bool IsEmpty => PagesAdded.Count + PagesRemoved.Count + PagesChanged.Count + OtherFilesChanged + ControlChanges.Count + NewDiagnostics.Count + ResolvedDiagnostics == 0;
}
