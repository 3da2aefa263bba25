namespace Hotpass.Docs.Evidence.Views;

/// <summary>A link to an evidence page with the file's own status badge beside it (text, not colour alone).</summary>
/// <param name="CollectedIso">When it was collected as an ISO 8601 UTC instant, which the index sorts by; null when undated.</param>
/// <param name="StatusKey">The status as the index's filter names it: <see cref="StatusClass"/>, or <c>uncited</c>.</param>
internal sealed record EvidenceLinkView(
    string Title, string Href, string Kind, string? CollectedAt, string? CollectedIso, string? Status, string? StatusClass, string StatusKey);
