namespace Hotpass.Docs.Configuration;

/// <summary>Validates and normalises the base URL the site is published under: an absolute http(s) URL or a
/// path from the server root, always ending in '/', so sitemap and 404 links join onto it cleanly.</summary>
internal static class BaseUrlRule
{
    /// <summary>The normalised URL, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static string? Normalise(string text, out string? problem)
    {
        problem = null;
        if (text.Length == 0 || text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            problem = "must not be empty or hold spaces or control characters";
            return null;
        }
        var absolute = Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
        var path = text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal);
        if (!absolute && !path)
        {
            problem = "must be an absolute http(s) URL (https://docs.example.org/hotpass/) or a path from the server root (/hotpass/)";
            return null;
        }
        if (text.Contains('"') || text.Contains('<') || text.Contains('>') || text.Contains('\\'))
        {
            problem = "must not hold quotes, angle brackets or backslashes";
            return null;
        }
        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            problem = "must not hold a query or fragment";
            return null;
        }
        return text.EndsWith('/') ? text : text + "/";
    }
}
