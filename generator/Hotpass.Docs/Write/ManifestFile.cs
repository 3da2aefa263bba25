namespace Hotpass.Docs.Write;

/// <summary>One file as a build's <c>manifest.json</c> lists it: output path, kind, size and SHA-256.</summary>
internal sealed record ManifestFile(string Path, string Kind, long Size, string Sha256);
