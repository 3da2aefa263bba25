namespace Hotpass.Docs.Configuration.Keys;

/// <summary>One key of <c>hotpass-docs.yml</c>: its dotted path (<c>evidence.due_fraction</c>; an item of a list of
/// mappings is <c>sections[].folder</c>), what it holds, its default and what it does.</summary>
/// <param name="Value">What the value is, in words, for the reference page.</param>
/// <param name="Default">The default in words (markdown), or <c>none</c>.</param>
internal sealed record ConfigKey(string Path, ConfigValueKind Kind, string Value, string Default, string Meaning)
{
    /// <summary>The only values a <see cref="ConfigValueKind.Choice"/> or <see cref="ConfigValueKind.SeverityMap"/> takes.</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    public int? Minimum { get; init; }
    public int? Maximum { get; init; }

    /// <summary>An item of a list of mappings must hold this key.</summary>
    public bool Required { get; init; }

    /// <summary>The key's own name, the last part of its path.</summary>
    public string Name => Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>The path of the mapping that holds it: empty at the top level, <c>sections[]</c> for a list item's key.</summary>
    public string Parent => Path.LastIndexOf('.') is var dot and >= 0 ? Path[..dot] : "";
}
