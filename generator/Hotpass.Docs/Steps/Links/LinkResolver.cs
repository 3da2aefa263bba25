using System.Collections.Concurrent;
using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Text;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Steps.Links;

/// <summary>Resolves a URL written in an output file against the set of written files and the ids in each, by the
/// rules on <c>content/reference/link-rules.md</c>. Verdicts are cached per folder, so the navigation every page
/// repeats is resolved once per folder, not once per page.</summary>
internal sealed class LinkResolver
{
    private readonly RenderedSite _site;
    private readonly string? _siteBase;
    // Only a missing target's suggestion reads the names, and a rebuild in serve checks a few files: built on first use.
    private readonly Lazy<Dictionary<string, List<string>>> _namesByFolder;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<(string Href, string? Base), LinkResolution>> _byFolder = new(StringComparer.Ordinal);

    /// <param name="siteBaseUrl">The configured base URL: a <c>&lt;base href&gt;</c> naming it means the site root.</param>
    public LinkResolver(RenderedSite site, string? siteBaseUrl)
    {
        _site = site;
        _siteBase = string.IsNullOrEmpty(siteBaseUrl) ? null : siteBaseUrl.TrimEnd('/') + "/";
        _namesByFolder = new(() => NamesByFolder(site));
    }

    private static Dictionary<string, List<string>> NamesByFolder(RenderedSite site)
    {
        var byFolder = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in site.Files)
        {
            var folder = UrlPaths.FolderOf(file.OutputPath);
            if (!byFolder.TryGetValue(folder, out var names)) byFolder[folder] = names = [];
            names.Add(file.OutputPath[folder.Length..]);
        }
        return byFolder;
    }

    public LinkResolution Resolve(string fromPath, string href, string? baseHref = null) => For(fromPath).Resolve(href, baseHref);

    /// <summary>The resolver for the links of one file: its folder's verdicts are found once, not once per link.</summary>
    internal FileLinks For(string fromPath) =>
        new(this, fromPath, _byFolder.GetOrAdd(UrlPaths.FolderOf(fromPath), static _ => new ConcurrentDictionary<(string, string?), LinkResolution>()));

    /// <summary>Resolves the links of one file, sharing verdicts with the other files of its folder.</summary>
    internal readonly struct FileLinks(LinkResolver resolver, string fromPath, ConcurrentDictionary<(string Href, string? Base), LinkResolution> folder)
    {
        public LinkResolution Resolve(string href, string? baseHref)
        {
            // A fragment-only link names the page itself, so it cannot share a verdict with the page's neighbours; it
            // costs one id lookup.
            if (href.TrimStart() is { Length: > 0 } t && t[0] is '#' or '?') return resolver.ResolveUncached(fromPath, href, baseHref);
            return folder.TryGetValue((href, baseHref), out var known)
                ? known
                : folder.GetOrAdd((href, baseHref), static (key, at) => at.Resolver.ResolveUncached(at.From, key.Href, key.Base), (Resolver: resolver, From: fromPath));
        }
    }

    private LinkResolution ResolveUncached(string fromPath, string href, string? baseHref)
    {
        var url = href.Trim();
        if (url.Length == 0) return LinkResolution.Ok;
        if (url.StartsWith("//", StringComparison.Ordinal)) return new LinkResolution(LinkProblem.External);
        if (LinkRewriter.SchemeOf(url) is { } scheme)
            return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                ? new LinkResolution(LinkProblem.External)
                : new LinkResolution(LinkProblem.Unchecked);

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : Decode(url[(hash + 1)..]);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) path = path[..query];
        path = Decode(path);

        var document = fromPath;
        if (baseHref is not null)
        {
            var based = BaseDocument(fromPath, baseHref.Trim());
            if (based is null) return new LinkResolution(LinkProblem.Unchecked);
            if (based.Length > 0 && based[0] == '\0') return new LinkResolution(LinkProblem.OutsideRoot);
            document = based;
        }

        string target;
        if (path.Length == 0)
        {
            target = document.Length == 0 || document.EndsWith('/') ? document + "index.html" : document;
        }
        else
        {
            if (path[0] == '/') return new LinkResolution(LinkProblem.RootRelative);
            var resolved = UrlPaths.Resolve(document, path);
            if (resolved is null) return new LinkResolution(LinkProblem.OutsideRoot);
            target = resolved.Length == 0 || resolved.EndsWith('/') ? resolved + "index.html" : resolved;
            if (!_site.Contains(target))
            {
                if (_site.Contains(target + "/index.html")) target += "/index.html";
                else return new LinkResolution(LinkProblem.MissingTarget, target, fragment, NearFile(target));
            }
        }
        return CheckFragment(target, fragment);
    }

    private LinkResolution CheckFragment(string target, string? fragment)
    {
        if (string.IsNullOrEmpty(fragment) || fragment == "top") return new LinkResolution(LinkProblem.None, target);
        if (!target.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !target.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            return new LinkResolution(LinkProblem.None, target, fragment);
        var ids = _site.Find(target)?.Html?.Ids;
        if (ids is null || ids.Contains(fragment)) return new LinkResolution(LinkProblem.None, target, fragment);
        return new LinkResolution(LinkProblem.MissingFragment, target, fragment, NearestName.Find(fragment, ids));
    }

    /// <summary>The document links resolve against under a <c>&lt;base href&gt;</c>: a relative base against the page;
    /// the site's own base URL means the root. Null for a base naming anything else; "\0" for one above the root.</summary>
    private string? BaseDocument(string fromPath, string baseHref)
    {
        if (LinkRewriter.SchemeOf(baseHref) is not null || baseHref.StartsWith('/'))
        {
            if (_siteBase is null) return null;
            var normalized = baseHref.EndsWith('/') ? baseHref : baseHref + "/";
            return string.Equals(normalized, _siteBase, StringComparison.Ordinal) || SameAbsolutePath(normalized) ? "" : null;
        }
        var resolved = UrlPaths.Resolve(fromPath, Decode(baseHref));
        return resolved ?? "\0";
    }

    private bool SameAbsolutePath(string baseHref) =>
        Uri.TryCreate(_siteBase, UriKind.Absolute, out var site) && string.Equals(site.AbsolutePath, baseHref, StringComparison.Ordinal);

    private string? NearFile(string target)
    {
        var folder = UrlPaths.FolderOf(target);
        return _namesByFolder.Value.TryGetValue(folder, out var names) ? NearestName.Find(target[folder.Length..], names) : null;
    }

    private static string Decode(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal)) return text;
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
