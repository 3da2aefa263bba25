namespace Hotpass.Docs.Render.Search;

/// <summary>One section as the index writes it: its collapsed heading, its id (empty when the client derives it), its
/// snippet, and its terms in the order they first appear.</summary>
internal sealed record IndexedSection(string Heading, string Id, string Snippet, int[] Terms);
