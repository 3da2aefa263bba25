namespace Hotpass.Docs.Text;

/// <summary>Finds the known name a misspelt one most likely meant, for "did you mean …?" suggestions.</summary>
internal static class NearestName
{
    /// <summary>The candidate within <paramref name="maxDistance"/> edits (insert, delete, substitute, or swap two
    /// neighbours) of <paramref name="name"/>, comparing ordinally; the nearest wins, ties go to the ordinally first.
    /// Null when none is that close, or when <paramref name="name"/> is itself a candidate.</summary>
    public static string? Find(string name, IEnumerable<string> candidates, int maxDistance = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal)) return null;
            // Lengths further apart than the budget cannot be within it; skip them before the quadratic work.
            if (Math.Abs(candidate.Length - name.Length) > maxDistance) continue;
            var distance = Distance(name, candidate);
            if (distance > maxDistance) continue;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Optimal-string-alignment distance: Levenshtein plus the swap of two adjacent characters
    /// (<c>tilte</c> → <c>title</c> is one edit, as a reader counts it).</summary>
    internal static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
