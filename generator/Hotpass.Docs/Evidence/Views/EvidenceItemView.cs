namespace Hotpass.Docs.Evidence.Views;

/// <summary>One evidence item as its page shows it: identity, integrity, time, provenance, facts and citing controls.</summary>
/// <param name="RawHref">The raw copy beside the page, relative to the page (published inert: <c>EvidencePaths.Raw</c>).</param>
/// <param name="RawName">The file's original name, which the link's <c>download</c> attribute gives back.</param>
/// <param name="Status">The file's own status in words ("file stale"): its worst judgement under the cadences of the
/// controls citing it; null when none does.</param>
/// <param name="Signature">Who signed it and whether that verifies, for a signed (DSSE) file; null for any other.</param>
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
    string? SourceUrl,
    string? Description,
    string? Status,
    string? StatusClass,
    IReadOnlyList<EvidenceTableView> Facts,
    IReadOnlyList<EvidenceCitationView> Citations,
    string? Signature);
