using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;
using Hotpass.Docs.Model;
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
    public static FrontMatter Empty { get; } = new(null, null, null, null, null, null, null, null, null, [], null);
}
