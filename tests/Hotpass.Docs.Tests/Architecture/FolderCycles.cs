namespace Hotpass.Docs.Tests.Architecture;

/// <summary>Finds the groups of folders that reach each other (strongly connected components, Tarjan's algorithm).</summary>
internal static class FolderCycles
{
    /// <returns>Each group of two or more folders in a cycle, its folders in ordinal order.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.Where(e => e.From != e.To).Distinct()
            .GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (!index.TryGetValue(to, out var at))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to)) low[node] = Math.Min(low[node], at);
            }
            if (low[node] != index[node]) return;
            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                group.Add(member);
            }
            while (member != node);
            if (group.Count > 1) groups.Add([.. group.Order(StringComparer.Ordinal)]);
        }

        foreach (var node in nodes)
            if (!index.ContainsKey(node)) Visit(node);
        return groups;
    }
}
