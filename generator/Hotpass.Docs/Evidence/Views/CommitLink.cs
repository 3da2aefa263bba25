using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Evidence.Views;

/// <summary>The web page of the commit an evidence file was made from: <c>repo_url</c> + <c>/commit/</c> + the hash, the
/// form GitHub serves (and GitLab redirects). Only a hash (7 to 64 hex digits) is linked, never a branch name or other
/// text, and only under an https repository address.</summary>
internal static class CommitLink
{
    public static string? Href(string? repoUrl, string? commit)
    {
        if (repoUrl is null || commit is null || !IsHash(commit)) return null;
        var repo = repoUrl.TrimEnd('/');
        if (repo.EndsWith(".git", StringComparison.Ordinal)) repo = repo[..^4];
        var href = repo + "/commit/" + commit;
        return WebAddress.IsLinkable(href) ? href : null;
    }

    private static bool IsHash(string commit) => commit.Length is >= 7 and <= 64 && commit.All(char.IsAsciiHexDigit);
}
