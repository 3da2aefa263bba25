namespace Hotpass.Docs.Cli.Serve;

/// <summary>Maps a request target to an output path of the served site, refusing anything that could name a file
/// outside it: dot segments (plain or percent-encoded), backslashes, encoded slashes, control characters, and
/// and absolute (<c>//host</c>) targets. The site is served from memory, so once a path is a key of the snapshot there is
/// nothing on disk (no symbolic link) it could escape through.</summary>
public static class RequestPathResolver
{
    /// <summary>The output path, or null when the request must be refused.</summary>
    /// <param name="rawTarget">The request target as sent, before any decoding or normalising by the server.</param>
    public static string? Resolve(string rawTarget)
    {
        var path = rawTarget;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0) path = path[..query];
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal)) return null;
        if (path.Contains('\\', StringComparison.Ordinal)) return null;
        if (path.Contains("%2f", StringComparison.OrdinalIgnoreCase) || path.Contains("%5c", StringComparison.OrdinalIgnoreCase)) return null;
        var decoded = Uri.UnescapeDataString(path);
        // Decoded exactly once: the result is only ever a key of the in-memory snapshot, never handed to a layer that
        // decodes again, so %252e%252e stays the literal name "%2e%2e" and matches nothing.
        if (decoded.Contains('\\', StringComparison.Ordinal)) return null;
        if (decoded.Any(char.IsControl)) return null;
        var segments = decoded[1..].Split('/');
        if (segments.Any(s => s is "." or "..")) return null;
        var relative = decoded[1..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
