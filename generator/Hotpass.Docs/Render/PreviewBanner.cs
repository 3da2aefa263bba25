namespace Hotpass.Docs.Render;

/// <summary>What the banner of a pull-request preview build says: which pull request and commit, and where the
/// published site is. The build time shown is the build's as-of instant, so the bytes stay reproducible.</summary>
/// <param name="PublishedUrl">An absolute http(s) URL, checked by the command line before it gets here.</param>
public sealed record PreviewBanner(int PullRequest, string? Commit, string? PublishedUrl);
