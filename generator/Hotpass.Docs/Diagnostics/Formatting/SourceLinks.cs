namespace Hotpass.Docs.Diagnostics.Formatting;

/// <summary>Where a diagnostic's line can be read on GitHub: the blob URL of the file at the built commit, when the
/// Actions environment names the repository and commit.</summary>
public sealed record SourceLinks(string ServerUrl, string Repository, string Sha)
{
    /// <summary>From <c>GITHUB_SERVER_URL</c>, <c>GITHUB_REPOSITORY</c> and <c>GITHUB_SHA</c>; null when one is missing.</summary>
    public static SourceLinks? FromEnvironment(Func<string, string?> variable)
    {
        var repository = variable("GITHUB_REPOSITORY");
        var sha = variable("GITHUB_SHA");
        if (string.IsNullOrEmpty(repository) || string.IsNullOrEmpty(sha)) return null;
        var server = variable("GITHUB_SERVER_URL");
        return new SourceLinks(string.IsNullOrEmpty(server) ? "https://github.com" : server.TrimEnd('/'), repository, sha);
    }

    public string For(SourceLocation location) =>
        $"{ServerUrl}/{Repository}/blob/{Sha}/{string.Join('/', location.Path.Split('/').Select(Uri.EscapeDataString))}#L{location.Line}";
}
