namespace Hotpass.Docs.Evidence.Views;

/// <summary>A link to an evidence page with the file's own status badge beside it (text, not colour alone).</summary>
internal sealed record EvidenceLinkView(string Title, string Href, string Kind, string? CollectedAt, string? Status, string? StatusClass);
