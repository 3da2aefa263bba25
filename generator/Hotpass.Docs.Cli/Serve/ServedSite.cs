namespace Hotpass.Docs.Cli.Serve;

/// <summary>One complete build as served: every output file by path, and which rebuild made it. Immutable; the
/// server swaps whole snapshots, so a request never sees files of two builds.</summary>
public sealed record ServedSite(IReadOnlyDictionary<string, byte[]> Files, int Generation);
