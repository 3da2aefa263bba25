using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Evidence;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>The evidence folder as a previous build read it: its stamp, its items and the diagnostics reading them gave.</summary>
internal sealed record LoadedEvidence(FolderStamp Stamp, string Dir, IReadOnlyList<EvidenceItem> Items, IReadOnlyList<Diagnostic> Diagnostics);
