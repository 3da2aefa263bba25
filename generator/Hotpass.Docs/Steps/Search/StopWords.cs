namespace Hotpass.Docs.Steps.Search;

/// <summary>English words too common to tell pages apart: left out of the index's terms (they still match in titles,
/// headings and snippets, which are kept as written). The client ignores them in a query for the same reason.</summary>
internal static class StopWords
{
    /// <summary>The words, as a set a page's set of seen words can start from.</summary>
    internal static readonly HashSet<string> Set = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "does", "for", "from", "has", "have",
        "if", "in", "into", "is", "it", "its", "not", "of", "on", "one", "or", "so", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "will", "with", "would", "you", "your",
    };

    public static IReadOnlySet<string> English => Set;
}
