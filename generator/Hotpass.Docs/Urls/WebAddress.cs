namespace Hotpass.Docs.Urls;

/// <summary>The one rule for a link the site takes from an input file (an evidence sidecar's <c>source_url</c>, a CI
/// run's URL): an absolute https URL with a host, no user name or password, no white space or control character.
/// Anything else (<c>javascript:</c>, <c>data:</c>, <c>http:</c>, a relative path) never becomes a link.</summary>
internal static class WebAddress
{
    /// <summary>Why <paramref name="url"/> cannot be linked, in words, or null when it can.</summary>
    public static string? Problem(string url)
    {
        if (url.Length == 0) return "is empty";
        foreach (var ch in url)
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
                return "contains white space or a control character";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile || url.StartsWith('/'))
            return "is not an absolute URL";
        if (uri.Scheme != Uri.UriSchemeHttps) return $"uses the '{uri.Scheme}:' scheme; only https is linked";
        if (uri.Host.Length == 0) return "has no host";
        if (uri.UserInfo.Length > 0) return "carries a user name or password";
        return null;
    }

    public static bool IsLinkable(string? url) => url is not null && Problem(url) is null;
}
