namespace Hotpass.Docs.Steps.Search;

/// <summary>One page as the index writes it: its record for the page files (URL, collapsed title and summary, and each
/// section's heading, id and snippet, already encoded as JSON), and every key it is found by (<see cref="TermTable"/> ids)
/// with the place it is found at (<see cref="SearchPlace"/>), in the order first met. It depends on the page alone, so
/// <c>serve</c> keeps it for a page that did not change.</summary>
internal sealed record IndexedPage(byte[] Json, int[] Terms, int[] Places);
