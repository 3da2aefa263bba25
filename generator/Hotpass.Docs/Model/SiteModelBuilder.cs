using Hotpass.Docs.Configuration;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Model;

/// <summary>Turns loaded pages into the <see cref="SiteModel"/>: sections, generated index pages, reading order.</summary>
public static class SiteModelBuilder
{
    public static SiteModel Build(SiteConfig config, DateTimeOffset asOf, IReadOnlyList<PageSource> sources, IReadOnlyList<ContentFile> assets)
    {
        var configured = config.Sections.ToDictionary(s => s.Folder, StringComparer.Ordinal);
        var pages = sources.Select(s => ToPage(s, configured)).ToList();

        var home = pages.FirstOrDefault(p => p.Kind == PageKind.Home)
            ?? new Page("index.html", config.Title, null, null, null, PageKind.Home, null);

        var sections = new List<Section>();
        foreach (var folder in SectionFolders(config, pages))
        {
            var sectionConfig = configured.TryGetValue(folder, out var c) ? c : new SectionConfig(folder, TitleFromFolder(folder), null);
            var members = pages.Where(p => p.SectionFolder == folder).ToList();
            var index = members.FirstOrDefault(p => p.Kind == PageKind.SectionIndex)
                ?? new Page(folder + "/index.html", sectionConfig.Title, null, sectionConfig.Type, folder, PageKind.SectionIndex, null);
            sections.Add(new Section(sectionConfig, index, Ordered(members.Where(p => p.Kind == PageKind.Article))));
        }

        var rootPages = Ordered(pages.Where(p => p.SectionFolder is null && p.Kind == PageKind.Article));
        var all = new List<Page> { home };
        foreach (var section in sections)
        {
            all.Add(section.Index);
            all.AddRange(section.Pages);
        }
        all.AddRange(rootPages);
        all.Sort((a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
        return new SiteModel(config, asOf, home, sections, rootPages, all, assets);
    }

    private static Page ToPage(PageSource source, Dictionary<string, SectionConfig> sections)
    {
        var path = source.ContentPath;
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var folder = slash < 0 ? null : path[..slash];
        var kind = path == "index.md" ? PageKind.Home
            : folder is not null && path == folder + "/index.md" ? PageKind.SectionIndex
            : PageKind.Article;
        var fm = source.FrontMatter;
        var sectionType = folder is not null && sections.TryGetValue(folder, out var s) ? s.Type : null;
        var title = fm.Title ?? TitleFromFolder(Path.GetFileNameWithoutExtension(path));
        return new Page(UrlPaths.OutputPathFor(path), title, fm.Summary, fm.Type ?? sectionType, folder, kind, source);
    }

    /// <summary>Configured sections first, in configured order, then any other top-level folder that holds pages.</summary>
    private static IEnumerable<string> SectionFolders(SiteConfig config, List<Page> pages)
    {
        var present = pages.Where(p => p.SectionFolder is not null).Select(p => p.SectionFolder!).ToHashSet(StringComparer.Ordinal);
        var configured = config.Sections.Select(s => s.Folder).Where(present.Contains).ToList();
        return configured.Concat(present.Except(configured).Order(StringComparer.Ordinal));
    }

    private static List<Page> Ordered(IEnumerable<Page> pages) =>
        [.. pages
            .OrderBy(p => p.Source?.FrontMatter.Order ?? int.MaxValue)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.OutputPath, StringComparer.Ordinal)];

    private static string TitleFromFolder(string name)
    {
        var words = name.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        return text.Length == 0 ? name : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
