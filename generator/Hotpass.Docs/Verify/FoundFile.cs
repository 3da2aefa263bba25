namespace Hotpass.Docs.Verify;

/// <summary>One entry of a site as found on disk or in an archive: its path under the site's folder ('/'-separated),
/// size and SHA-256, or what it is instead of a regular file (a symbolic link, a device), which is never read.</summary>
internal sealed record FoundFile(string Path, long Size, string? Sha256, string? NotRegular);
