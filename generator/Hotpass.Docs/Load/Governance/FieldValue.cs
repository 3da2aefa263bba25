using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Load.Governance;

/// <summary>One field of a risk or control as written, from YAML or from a table cell, before it is typed.</summary>
/// <param name="Text">The single value; null when a list or mapping was written.</param>
/// <param name="Items">The values of a list; a single value is a list of one; a table cell is split at ',' and ';'.</param>
/// <param name="Node">The YAML node, for fields kept as YAML (<c>expect</c>); null for table cells.</param>
/// <param name="Column">The table column the value came from; null for front matter.</param>
internal sealed record FieldValue(SourceLocation Location, string? Text, IReadOnlyList<IdReference> Items, YamlNode? Node, string? Column);

/// <summary>A risk or control as written: its kind, where it starts, the page, and its fields by name.</summary>
internal sealed record Declaration(DeclarationKind Kind, SourceLocation Location, string Page, IReadOnlyDictionary<string, FieldValue> Fields)
{
    public bool FromTable => Fields.Values.Any(f => f.Column is not null);
}

/// <summary>Whether a declaration is a risk, a control or a waiver of a control.</summary>
internal enum DeclarationKind
{
    Risk,
    Control,
    Waiver,
}
