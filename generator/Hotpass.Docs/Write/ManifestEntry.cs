namespace Hotpass.Docs.Write;

/// <summary>One file the build wrote: its path in the output, what it is, and the source it came from (if any).</summary>
public sealed record ManifestEntry(string OutputPath, OutputKind Kind, string? SourcePath, string? Title);
