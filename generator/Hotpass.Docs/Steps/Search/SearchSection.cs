namespace Hotpass.Docs.Steps.Search;

/// <summary>The plain text under one heading of a page; the text before the first heading has no heading or id.</summary>
/// <param name="Text">The section's text: a slice of the page's plain text, which the index reads in place.</param>
internal sealed record SearchSection(string? Heading, string? Id, ReadOnlyMemory<char> Text)
{
    public SearchSection(string? heading, string? id, string text) : this(heading, id, text.AsMemory())
    {
    }

    // A slice compares by its characters, not by the string it is cut from.
    public bool Equals(SearchSection? other) =>
        other is not null && Heading == other.Heading && Id == other.Id && Text.Span.SequenceEqual(other.Text.Span);

    public override int GetHashCode() => HashCode.Combine(Heading, Id, string.GetHashCode(Text.Span, StringComparison.Ordinal));
}
