namespace Hotpass.Docs.Diff;

/// <summary>What <c>diff</c> knows about one build: its manifest, its diagnostics, and its controls' status (null when
/// the build has no <c>matrix.json</c>).</summary>
public sealed record BuildSnapshot(
    string Folder,
    IReadOnlyDictionary<string, ManifestEntry> Files,
    IReadOnlyList<ReportedDiagnostic> Diagnostics,
    IReadOnlyDictionary<string, string>? ControlStatus);
