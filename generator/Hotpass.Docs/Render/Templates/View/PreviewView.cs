namespace Hotpass.Docs.Render.Templates.View;

/// <summary>The preview banner of a pull-request build: which pull request and commit, when, and where the published
/// site is.</summary>
/// <param name="BuiltAt">The build's instant for readers (<c>yyyy-MM-dd HH:mm UTC</c>); <paramref name="BuiltAtIso"/> for machines.</param>
internal sealed record PreviewView(string Pr, string? Commit, string? CommitShort, string BuiltAt, string BuiltAtIso, string? PublishedUrl);
