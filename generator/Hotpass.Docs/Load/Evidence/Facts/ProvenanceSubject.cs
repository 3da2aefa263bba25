namespace Hotpass.Docs.Load.Evidence.Facts;

/// <summary>An artifact named by a provenance statement, with its digests (algorithm → hex).</summary>
internal sealed record ProvenanceSubject(string Name, IReadOnlyDictionary<string, string> Digests);
