namespace Hotpass.Docs.Text;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean …?" hints.</summary>
public static class NearestName
{
    /// <summary>The candidate within <paramref name="maxDistance"/> edits (insert, delete, substitute) of
    /// <paramref name="name"/>, nearest first, ties broken by ordinal order; null when none is that close.</summary>
    public static string? Find(string name, IEnumerable<string> candidates, int maxDistance = 1)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) > maxDistance) continue;
            var distance = Distance(name, candidate, maxDistance);
            if (distance > maxDistance) continue;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Levenshtein distance, giving up (returning <paramref name="limit"/> + 1) once every path exceeds the limit.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
