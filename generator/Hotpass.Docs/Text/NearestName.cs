namespace Hotpass.Docs.Text;

/// <summary>Finds the one candidate a mistyped name most likely meant, for "did you mean …?" suggestions.</summary>
public static class NearestName
{
    /// <summary>The candidate within <paramref name="maxDistance"/> edits (insert, delete, substitute, swap of
    /// neighbours) of <paramref name="name"/>; null when none is, or when two are equally near (no guess is better
    /// than a wrong one). An exact match is not a suggestion.</summary>
    public static string? Find(string name, IEnumerable<string> candidates, int maxDistance = 1)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) > maxDistance || string.Equals(candidate, name, StringComparison.Ordinal)) continue;
            var distance = Distance(name, candidate, maxDistance);
            if (distance > maxDistance) continue;
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance && !string.Equals(candidate, best, StringComparison.Ordinal))
            {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /// <summary>Optimal string alignment distance, giving up (returning <paramref name="limit"/> + 1) once every
    /// alignment of a row is already over the limit.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
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
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
