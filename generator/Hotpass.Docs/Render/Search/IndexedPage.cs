namespace Hotpass.Docs.Render.Search;

/// <summary>One page as the index writes it: its URL, collapsed title and summary, its distinct ids space-separated,
/// and its sections. It depends on the page alone, so <c>serve</c> keeps it for a page that did not change.</summary>
internal sealed record IndexedPage(string Url, string Title, string Summary, string Ids, List<IndexedSection> Sections);
