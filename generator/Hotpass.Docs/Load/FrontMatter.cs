using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Load;

/// <summary>The typed fields of a page's front matter, each valid or absent; <see cref="Root"/> keeps the raw YAML for later stages.</summary>
public sealed record FrontMatter(
    string? Title,
    string? Summary,
    DiataxisType? Type,
    SourceLocation? TypeLocation,
    string? Owner,
    DateOnly? LastReviewed,
    SourceLocation? LastReviewedLocation,
    IsoDuration? ReviewEvery,
    int? Order,
    IReadOnlyList<IdReference> Controls,
    YamlMapping? Root)
{
    /// <summary>The keys under which a page declares risks, controls, governance tables or waivers.</summary>
    public static readonly string[] GovernanceKeys = ["risks", "controls", "governance_tables", "waivers"];

    public static FrontMatter Empty { get; } = new(null, null, null, null, null, null, null, null, null, [], null);

    /// <summary>The day the page's content last changed (<c>last_updated</c>: <c>yyyy-MM-dd</c>, or a timestamp, read as
    /// its UTC day); null when not given.</summary>
    public DateOnly? LastUpdated { get; init; }

    /// <summary>Whether the page feeds the governance model: it declares risks, controls or governance tables, or
    /// documents controls. Found once when the page is read, so the model and <c>serve</c> skip the other pages.</summary>
    public bool FeedsGovernance { get; } = Controls.Count > 0 || (Root is { } root && GovernanceKeys.Any(k => root[k] is not null));
}
