namespace Hotpass.Docs.Verify;

/// <summary>Every entry of a published site as read once, hashed, with the bytes of the few files verification reads
/// (the manifests and the site's statement).</summary>
/// <param name="Name">The folder or archive, as the user named it.</param>
/// <param name="Files">Keyed by path under the site's folder.</param>
/// <param name="Kept">The bytes of the files <see cref="SiteFileReader.Keeps"/> names, keyed by path.</param>
/// <param name="Outside">Entries of an archive outside the folder that holds the site's manifest, not part of it.</param>
internal sealed record SiteContents(string Name, IReadOnlyDictionary<string, FoundFile> Files, IReadOnlyDictionary<string, byte[]> Kept, int Outside);
