namespace Hotpass.Docs.Render.Templates.View;

/// <summary>One evidence item as its page shows it: identity, integrity, time, provenance, facts and citing controls.</summary>
/// <param name="RawHref">The raw copy beside the page, relative to the page (published inert: <c>EvidencePaths.Raw</c>).</param>
/// <param name="RawName">The file's original name, which the link's <c>download</c> attribute gives back.</param>
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
