using Hotpass.Docs.Render.Output;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Steps.Links;

/// <summary>The external (http, https, protocol-relative) URLs of a rendered site, each with the pages that link to it.</summary>
internal static class ExternalLinks
{
    public static SortedDictionary<string, SortedSet<string>> Collect(RenderedSite site)
    {
        var links = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in site.Files)
        {
            if (file.Html is null) continue;
            foreach (var link in file.Html.Links)
            {
                var url = link.Href.Trim();
                if (!IsExternal(url)) continue;
                if (!links.TryGetValue(url, out var pages)) links[url] = pages = new SortedSet<string>(StringComparer.Ordinal);
                pages.Add(file.OutputPath);
            }
        }
        return links;
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal)
        || LinkRewriter.SchemeOf(url) is { } scheme
            && (scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase));
}
