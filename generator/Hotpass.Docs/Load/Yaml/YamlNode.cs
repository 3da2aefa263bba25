using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Yaml;

/// <summary>A YAML value with the source location it came from, so every later diagnostic can point at it.</summary>
public abstract record YamlNode(SourceLocation Location);

/// <summary>A YAML scalar; <paramref name="Plain"/> is false for quoted or block scalars.</summary>
public sealed record YamlScalar(string Value, bool Plain, SourceLocation Location) : YamlNode(Location)
{
    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A YAML sequence.</summary>
internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation Location) : YamlNode(Location);

/// <summary>A YAML mapping whose keys are scalars, in document order.</summary>
public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, SourceLocation Location) : YamlNode(Location)
{
    public YamlNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
                if (entry.Key.Value == key) return entry.Value;
            return null;
        }
    }
}
