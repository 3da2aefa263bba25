namespace Hotpass.Docs.Evidence.Views;

/// <summary>One evidence item as its page shows it: identity, integrity, time, provenance, facts and citing controls.</summary>
/// <param name="RawHref">The raw file beside the page, relative to the page.</param>
/// <param name="Status">The worst status of the controls citing it (fresh, due, stale, missing, failing); null when none does.</param>
public sealed record EvidenceItemView(
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
    IReadOnlyList<EvidenceTableView> Facts,
    IReadOnlyList<EvidenceCitationView> Citations);
