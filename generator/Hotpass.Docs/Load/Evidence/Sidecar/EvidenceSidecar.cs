using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Sidecar;

/// <summary>What a <c>NAME.evidence.yaml</c> sidecar says about <c>NAME</c>; every field is optional and overrides the file's own.</summary>
/// <param name="Path">The sidecar's own path, for diagnostics.</param>
public sealed record EvidenceSidecar(
    string Path,
    string? Id,
    string? Title,
    DateTimeOffset? CollectedAt,
    string? Commit,
    string? SourceUrl,
    string? Description)
{
    public const string Suffix = ".evidence.yaml";

    public SourceLocation Location => SourceLocation.File(Path);

    /// <summary>Where <see cref="CollectedAt"/> is written (its value's line and column); null without one.</summary>
    public SourceLocation? CollectedAtLocation { get; init; }

    /// <summary>Where the <c>source_url</c> key is written; null without one.</summary>
    public SourceLocation? SourceUrlLocation { get; init; }
}
