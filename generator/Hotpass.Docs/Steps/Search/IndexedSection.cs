namespace Hotpass.Docs.Steps.Search;

/// <summary>One section as the index writes it: its collapsed heading, its id (empty when the client derives it) and its
/// snippet, already encoded as the JSON strings the index holds, and its terms (<see cref="TermTable"/> ids) in the
/// order they first appear.</summary>
internal sealed record IndexedSection(byte[] Json, int[] Terms);
