using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Governance;

/// <summary>One entry of a page's <c>governance_tables:</c>: the table under <see cref="Heading"/> holds risks or
/// controls, its columns map to fields, and each row's id comes from a column or a pattern.</summary>
/// <param name="Columns">Column header → field name, with where each mapping was written.</param>
/// <param name="IdPattern">Such as <c>RSK-{title}</c>: each <c>{field}</c> is the row's value for that field made into an
/// id (upper case, runs of other characters as one '-'); <c>{row}</c> is the row number.</param>
internal sealed record GovernanceTableSpec(
    string Heading,
    SourceLocation HeadingLocation,
    DeclarationKind Holds,
    IReadOnlyList<ColumnMapping> Columns,
    string? IdPattern,
    SourceLocation Location);

/// <summary>A column header mapped to a risk or control field.</summary>
internal sealed record ColumnMapping(string Header, string Field, SourceLocation Location);
