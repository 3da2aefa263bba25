using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Configuration;

/// <summary>"Edit this page" links as MkDocs makes them from <c>repo_url</c> and <c>edit_uri</c>: <c>edit_uri</c> (given a
/// trailing '/') followed by the page's path under the content folder, resolved against <c>repo_url</c> (given a
/// trailing '/' too) unless it is itself absolute. An <c>edit_uri</c> of <c>?path=/docs/</c> (Azure DevOps) keeps its
/// query; no <c>edit_uri</c>, or an empty one, means no links. Both keys are checked when read
/// (<see cref="RepoUrlProblem"/>, <see cref="EditUriProblem"/>), and every link made is http or https.</summary>
internal sealed class EditLinks
{
    private readonly Uri? _repo;
    private readonly string _edit;

    private EditLinks(Uri? repo, string edit)
    {
        _repo = repo;
        _edit = edit;
    }

    /// <summary>The links of a configuration, or null when it asks for none (or its keys were refused when read).</summary>
    public static EditLinks? From(SiteConfig config)
    {
        if (string.IsNullOrEmpty(config.EditUri)) return null;
        var edit = config.EditUri.EndsWith('/') ? config.EditUri : config.EditUri + "/";
        if (IsAbsolute(edit)) return new EditLinks(null, edit);
        if (config.RepoUrl is null) return null;
        var repo = config.RepoUrl.EndsWith('/') || edit[0] is '?' or '#' ? config.RepoUrl : config.RepoUrl + "/";
        return new EditLinks(new Uri(repo, UriKind.Absolute), edit);
    }

    /// <summary>The edit link of the file at <paramref name="contentPath"/> under the content folder ('/'-separated), each
    /// segment percent-encoded (file names are untrusted); null if the result were not http(s).</summary>
    public string? For(string contentPath)
    {
        var relative = _edit + UrlEncoding.Href(contentPath);
        var url = _repo is null ? new Uri(relative, UriKind.Absolute) : new Uri(_repo, relative);
        return url.Scheme is "http" or "https" ? url.AbsoluteUri : null;
    }

    /// <summary>Why a <c>repo_url</c> cannot be used, or null: it must be an absolute http(s) URL with a host.</summary>
    public static string? RepoUrlProblem(string text) =>
        UnsafeText(text) ?? (IsAbsolute(text) ? null : "must be an absolute http or https URL, such as https://github.com/ORG/REPO");

    /// <summary>Why an <c>edit_uri</c> cannot be used, or null: an absolute http(s) URL, or a path (or <c>?query</c>) to
    /// join onto <c>repo_url</c>, which then must be set; never another scheme or a <c>//host</c> reference.</summary>
    public static string? EditUriProblem(string text, bool hasRepoUrl)
    {
        if (text.Length == 0) return null;
        if (UnsafeText(text) is { } problem) return problem;
        if (IsAbsolute(text)) return null;
        if (LinkRewriter.SchemeOf(text) is not null || text.StartsWith("//", StringComparison.Ordinal) || text.Contains('\\'))
            return "must be an absolute http or https URL, or a path to join onto repo_url (edit/main/docs/)";
        return hasRepoUrl ? null : "is a path to join onto repo_url, which is not set";
    }

    private static bool IsAbsolute(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
        && text.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    private static string? UnsafeText(string text) =>
        text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '<' or '>' or '`')
            ? "must not hold spaces, control characters, quotes or angle brackets"
            : null;
}
