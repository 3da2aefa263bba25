namespace Hotpass.Docs.Render.Templates.View;

/// <summary>One choice of a table's filter (a status, a framework): the key rows carry in a <c>data-</c> attribute, the
/// words shown for it, and how many rows have it.</summary>
internal sealed record FilterOption(string Value, string Label, int Count)
{
    /// <summary>The choices <paramref name="order"/> names that some row has, in that order (the order the script also
    /// sorts the column by), each with its count; keys of rows not in <paramref name="order"/> come last, by key.</summary>
    public static IReadOnlyList<FilterOption> Of(IEnumerable<string> rowKeys, IReadOnlyList<(string Value, string Label)> order)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in rowKeys) counts[key] = counts.GetValueOrDefault(key) + 1;
        var options = new List<FilterOption>(counts.Count);
        foreach (var (value, label) in order)
            if (counts.Remove(value, out var n)) options.Add(new FilterOption(value, label, n));
        foreach (var (value, n) in counts.OrderBy(c => c.Key, StringComparer.Ordinal)) options.Add(new FilterOption(value, value, n));
        return options;
    }
}
