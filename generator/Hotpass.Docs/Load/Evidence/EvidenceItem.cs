using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence;

/// <summary>One file under <c>evidence/</c> as read: identity, integrity, time, provenance and what it states.</summary>
/// <param name="Id">The sidecar's <c>id</c>, else the path under <c>evidence/</c> without its extension.</param>
/// <param name="Path">Path under <c>evidence/</c>, with forward slashes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="CollectedAt">When the evidence was produced (sidecar first, then the file's own time); null when
/// nothing says, which is reported and never filled from the file system.</param>
public sealed record EvidenceItem(
    string Id,
    string Path,
    EvidenceKind Kind,
    EvidenceFormat Format,
    string Sha256,
    long Size,
    DateTimeOffset? CollectedAt,
    string? Commit,
    string? SourceUrl,
    string? Title,
    string? Description,
    EvidenceFacts Facts)
{
    /// <summary>Where <see cref="CollectedAt"/> was read, for a diagnostic about it: the sidecar's <c>collected_at</c>
    /// (line and column), else the file; null when undated.</summary>
    public SourceLocation? CollectedAtLocation { get; init; }

    /// <summary>The DSSE envelope the file is (or its Sigstore bundle holds), whose signatures the model checks; null
    /// for a file that is not one.</summary>
    public Reading.Json.DsseEnvelope? Envelope { get; init; }

    /// <summary>Where <see cref="SourceUrl"/> was read, for a diagnostic about its form: the sidecar's <c>source_url</c>
    /// key, else the file (a CI run's own URL); null without one.</summary>
    public SourceLocation? SourceUrlLocation { get; init; }

    /// <summary>The facts by the names of <see cref="EvidenceFactNames"/>, for <c>expect:</c> conditions.</summary>
    public IReadOnlyDictionary<string, FactValue> FactValues { get; } = Facts.ToFlat();
}
