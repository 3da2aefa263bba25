namespace Hotpass.Docs.Diff;

/// <summary>Compares two builds by their manifests' hashes, their matrices' control status and their diagnostics.</summary>
public static class BuildComparer
{
    public static BuildDiff Compare(BuildSnapshot baseline, BuildSnapshot current)
    {
        static bool IsPage(ManifestEntry e) => e.Kind == "page";
        var added = current.Files.Values.Where(e => !baseline.Files.ContainsKey(e.Path)).ToList();
        var removed = baseline.Files.Values.Where(e => !current.Files.ContainsKey(e.Path)).ToList();
        var changed = current.Files.Values.Where(e => baseline.Files.TryGetValue(e.Path, out var old) && old.Sha256 != e.Sha256).ToList();
        var otherChanged = added.Concat(removed).Concat(changed).Count(e => !IsPage(e));

        var baselineKeys = baseline.Diagnostics.Select(d => d.Key).ToHashSet();
        var currentKeys = current.Diagnostics.Select(d => d.Key).ToHashSet();
        return new BuildDiff(
            Paths(added.Where(IsPage)),
            Paths(removed.Where(IsPage)),
            Paths(changed.Where(IsPage)),
            otherChanged,
            baseline.ControlStatus is not null && current.ControlStatus is not null,
            ControlChanges(baseline.ControlStatus, current.ControlStatus),
            [.. current.Diagnostics.Where(d => !baselineKeys.Contains(d.Key))],
            baseline.Diagnostics.Count(d => !currentKeys.Contains(d.Key)));
    }

    private static List<string> Paths(IEnumerable<ManifestEntry> entries) => [.. entries.Select(e => e.Path).Order(StringComparer.Ordinal)];

    private static List<ControlStatusChange> ControlChanges(IReadOnlyDictionary<string, string>? before, IReadOnlyDictionary<string, string>? after)
    {
        if (before is null || after is null) return [];
        return [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(id => new ControlStatusChange(id, before.GetValueOrDefault(id), after.GetValueOrDefault(id)))
            .Where(c => c.Before != c.After)];
    }
}
