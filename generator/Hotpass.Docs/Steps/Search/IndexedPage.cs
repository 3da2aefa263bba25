namespace Hotpass.Docs.Steps.Search;

/// <summary>One page as the index writes it: its URL, collapsed title and summary and its distinct ids space-separated,
/// already encoded as the JSON strings the index holds, and its sections. It depends on the page alone, so
/// <c>serve</c> keeps it for a page that did not change.</summary>
internal sealed record IndexedPage(byte[] Json, List<IndexedSection> Sections);
