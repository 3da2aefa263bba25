using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>What a format reader drew from a file, before a sidecar adds to or overrides it.</summary>
/// <param name="Time">The file's own time (generation, run end, build finish); null when it has none.</param>
internal sealed record EvidenceRead(
    EvidenceFormat Format,
    EvidenceFacts Facts,
    DateTimeOffset? Time,
    string? Commit = null,
    string? SourceUrl = null,
    string? Title = null);
