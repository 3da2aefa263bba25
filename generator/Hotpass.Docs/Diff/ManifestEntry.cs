namespace Hotpass.Docs.Diff;

/// <summary>One file a build's manifest lists: its output path, kind (page, asset, generated) and SHA-256.</summary>
public sealed record ManifestEntry(string Path, string Kind, string Sha256);
