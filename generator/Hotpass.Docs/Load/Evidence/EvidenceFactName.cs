namespace Hotpass.Docs.Load.Evidence;

/// <summary>A fact name of the flat view with its kind, value type and meaning.</summary>
internal sealed record EvidenceFactName(string Name, EvidenceKind Kind, string ValueType, string Meaning);
