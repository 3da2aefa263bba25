namespace Hotpass.Docs.Configuration;

/// <summary>The <c>evidence:</c> key of <c>hotpass-docs.yml</c>: a folder name, or a mapping of <c>dir</c>,
/// <c>due_fraction</c>, a pinned <c>commit</c> and the <c>keys</c> that sign evidence.</summary>
/// <param name="DueFraction">The last part of a cadence in which evidence is due (0.2: the last 20 %).</param>
/// <param name="Commit">The commit per-build evidence must carry when no <c>--commit</c> is given; the shipped demo pins it.</param>
public sealed record EvidenceSettings(string Dir, double DueFraction, string? Commit)
{
    public static EvidenceSettings Default { get; } = new("evidence", 0.2, null);

    /// <summary>The keys whose DSSE signatures on evidence are trusted (<c>keys:</c>), in the order given.</summary>
    public IReadOnlyList<TrustedKey> Keys { get; init; } = [];
}
