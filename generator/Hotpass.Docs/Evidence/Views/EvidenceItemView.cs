namespace Hotpass.Docs.Evidence.Views;

/// <summary>One evidence item as its page shows it: identity, integrity, time, provenance, facts and citing controls.</summary>
/// <param name="RawHref">The raw copy beside the page, relative to the page (published inert: <c>EvidencePaths.Raw</c>).</param>
/// <param name="RawName">The file's original name, which the link's <c>download</c> attribute gives back.</param>
/// <param name="Status">The file's own status in words ("file stale"): its worst judgement under the cadences of the
/// controls citing it; null when none does.</param>
/// <param name="Signature">Who signed it and whether that verifies, for a signed (DSSE) file; null for any other.</param>
/// <param name="CommitHref">The commit's page under <c>repo_url</c>; null without both, or when the commit is not a hash.</param>
/// <param name="SourceUrl">Where the file came from (a sidecar's <c>source_url</c>, else a CI run's URL), only when it
/// is an absolute https URL.</param>
/// <param name="RunUrl">A CI run file's own run URL when a sidecar's <c>source_url</c> replaced it as the source; null
/// otherwise, or when it is not an absolute https URL.</param>
/// <param name="SourceLabel">What <paramref name="SourceUrl"/> is: "Workflow run" for a CI run's own URL, else "Source".</param>
/// <param name="StatusClass">The badge's colour class for <paramref name="Status"/> (fresh, due, stale, missing).</param>
internal sealed record EvidenceItemView(
    string Id,
    string Path,
    string Kind,
    string Format,
    string RawHref,
    string RawName,
    string Sha256,
    string Size,
    string? CollectedAt,
    string? Commit,
    string? CommitHref,
    string? SourceUrl,
    string? RunUrl,
    string SourceLabel,
    string? Description,
    string? Status,
    string? StatusClass,
    IReadOnlyList<EvidenceTableView> Facts,
    IReadOnlyList<EvidenceCitationView> Citations,
    string? Signature);
