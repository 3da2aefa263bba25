namespace Hotpass.Docs.Load.Yaml;

/// <summary>Bounds on hostile YAML: nesting depth, and the node count after aliases are expanded (alias bombs).</summary>
internal sealed record YamlLimits(int MaxDepth, int MaxExpandedNodes)
{
    public static YamlLimits Default { get; } = new(64, 10_000);
}
