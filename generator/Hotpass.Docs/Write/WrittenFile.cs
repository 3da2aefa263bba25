namespace Hotpass.Docs.Write;

/// <summary>One file the build wrote: its path in the output, what it is, its size and SHA-256 (lower-case hex).</summary>
public sealed record WrittenFile(string OutputPath, OutputKind Kind, long Size, string Sha256);
