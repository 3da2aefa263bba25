using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Model;

/// <summary>Turns parsed pages into the <see cref="SiteModel"/>: output paths claimed, sections, generated index
/// pages, the pages the features made, reading order, review status.</summary>
internal static class SiteModelBuilder
{
    /// <param name="parts">The configuration and the model's parts built before the pages (governance, matrix, evidence),
    /// which the site carries.</param>
    /// <param name="generatedPaths">Outputs the build writes itself (<c>404.html</c>, <c>sitemap.xml</c>, …), which no
    /// source may map onto.</param>
    /// <param name="generatedPages">The pages the features made from <paramref name="parts"/>, claimed and placed with the
    /// sources' own.</param>
    public static SiteModel Build(SiteParts parts, DateTimeOffset asOf, IReadOnlyList<MarkdownContent> sources,
        IReadOnlyList<ContentFile> assets, IEnumerable<string> generatedPaths, DiagnosticBag diagnostics, IReadOnlyList<GeneratedPage>? generatedPages = null)
    {
        var config = parts.Config;
        generatedPages ??= [];
        var registry = new OutputPathRegistry(generatedPaths.Concat(generatedPages.Where(g => g.Reserved).Select(g => g.Page.OutputPath)));
        foreach (var source in sources) registry.Claim(UrlPaths.OutputPathFor(source.Source.ContentPath), source.Source.SourcePath);
        foreach (var asset in assets) registry.Claim(asset.ContentPath, SourcePathOf(config, asset));
        foreach (var generatedPage in generatedPages.Where(g => !g.Reserved))
            registry.Claim(generatedPage.Page.OutputPath, generatedPage.Claim, generatedPage.Location);
        var rejected = registry.RejectClashes(diagnostics);

        var configured = config.Sections.ToDictionary(s => s.Folder, StringComparer.Ordinal);
        var pages = sources.Where(s => !rejected.Contains(s.Source.SourcePath)).Select(s => ToPage(s, configured, asOf)).ToList();
        var made = generatedPages.Where(g => g.Reserved || !rejected.Contains(g.Claim)).ToList();
        pages.AddRange(made.Select(g => g.Page));

        var home = pages.FirstOrDefault(p => p.Content is HomeContent)
            ?? new Page("index.html", config.Title, null, null, null, Page.DefaultLayout, new HomeContent(null), ReviewStatus.None);

        var sections = new List<Section>();
        foreach (var folder in SectionFolders(config, pages))
        {
            var sectionConfig = configured.TryGetValue(folder, out var c) ? c : new SectionConfig(folder, TitleFromFolder(folder), null);
            var members = pages.Where(p => p.SectionFolder == folder).ToList();
            var index = members.FirstOrDefault(p => p.Content is SectionIndexContent)
                ?? new Page(folder + "/index.html", sectionConfig.Title, null, sectionConfig.Type, folder, Page.DefaultLayout,
                    new SectionIndexContent(null), ReviewStatus.None);
            sections.Add(new Section(sectionConfig, index, Ordered(members.Where(p => p.Content.IsListed))));
        }

        var rootPages = Ordered(pages.Where(p => p.SectionFolder is null && p.Content is MarkdownContent));
        rootPages.AddRange(made.Where(g => g.IsRootPage).Select(g => g.Page));
        var all = new List<Page> { home };
        foreach (var section in sections)
        {
            all.Add(section.Index);
            all.AddRange(section.Pages);
        }
        all.AddRange(rootPages);
        all.AddRange(made.Where(g => !g.IsRootPage && !g.Page.Content.IsListed).Select(g => g.Page));
        all.Sort((a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
        var kept = assets.Where(a => !rejected.Contains(SourcePathOf(config, a))).ToList();
        return new SiteModel(config, asOf, home, sections, rootPages, all, kept)
        {
            Governance = parts.Governance,
            Matrix = parts.Matrix,
            Evidence = parts.Evidence,
        };
    }

    private static string SourcePathOf(SiteConfig config, ContentFile asset) => config.ContentDir + "/" + asset.ContentPath;

    private static Page ToPage(MarkdownContent markdown, Dictionary<string, SectionConfig> sections, DateTimeOffset asOf)
    {
        var source = markdown.Source;
        var path = source.ContentPath;
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var folder = slash < 0 ? null : path[..slash];
        PageContent content = path == "index.md" ? new HomeContent(markdown)
            : folder is not null && path == folder + "/index.md" ? new SectionIndexContent(markdown)
            : markdown;
        var fm = source.FrontMatter;
        var sectionType = folder is not null && sections.TryGetValue(folder, out var s) ? s.Type : null;
        var title = fm.Title ?? TitleFromFolder(Path.GetFileNameWithoutExtension(path));
        return new Page(UrlPaths.OutputPathFor(path), title, fm.Summary, fm.Type ?? sectionType, folder, Page.DefaultLayout,
            content, ReviewStatus.Of(fm, asOf));
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
