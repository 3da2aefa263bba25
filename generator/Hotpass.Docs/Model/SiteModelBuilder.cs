using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model.Governance;
using Hotpass.Docs.Urls;

namespace Hotpass.Docs.Model;

/// <summary>Turns parsed pages into the <see cref="SiteModel"/>: output paths claimed, sections, generated index
/// pages, the governance pages, reading order, review status.</summary>
public static class SiteModelBuilder
{
    /// <param name="generatedPaths">Outputs the build writes itself (<c>404.html</c>, <c>sitemap.xml</c>, …), which no
    /// source may map onto.</param>
    /// <param name="governance">Risks, controls and frameworks, already read from the same sources; their pages join the site.</param>
    /// <param name="statusOf">Each control's evidence status, judged once by the evidence stage, for the matrix.</param>
    /// <param name="claims">Outputs other sources claim (each evidence file's page and raw copy), checked with the rest.</param>
    public static SiteModel Build(SiteConfig config, DateTimeOffset asOf, IReadOnlyList<MarkdownContent> sources,
        IReadOnlyList<ContentFile> assets, IEnumerable<string> generatedPaths, DiagnosticBag diagnostics, GovernanceModel? governance = null,
        Func<Control, ControlStatus?>? statusOf = null, IEnumerable<(string Output, string Source)>? claims = null)
    {
        governance ??= GovernanceModel.Empty;
        var matrix = TraceabilityMatrix.Build(governance, statusOf);
        var generatedPages = GovernancePages.Build(governance, matrix);
        var registry = new OutputPathRegistry(generatedPaths);
        foreach (var source in sources) registry.Claim(UrlPaths.OutputPathFor(source.Source.ContentPath), source.Source.SourcePath);
        foreach (var asset in assets) registry.Claim(asset.ContentPath, SourcePathOf(config, asset));
        foreach (var generatedPage in generatedPages) registry.Claim(generatedPage.Page.OutputPath, generatedPage.Claim, generatedPage.Location);
        foreach (var (output, source) in claims ?? []) registry.Claim(output, source);
        var rejected = registry.RejectClashes(diagnostics);

        var configured = config.Sections.ToDictionary(s => s.Folder, StringComparer.Ordinal);
        var pages = sources.Where(s => !rejected.Contains(s.Source.SourcePath)).Select(s => ToPage(s, configured, asOf)).ToList();
        var governancePages = generatedPages.Where(g => !rejected.Contains(g.Claim)).Select(g => g.Page).ToList();
        pages.AddRange(governancePages);

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
            sections.Add(new Section(sectionConfig, index, Ordered(members.Where(IsListed))));
        }

        var rootPages = Ordered(pages.Where(p => p.SectionFolder is null && p.Content is MarkdownContent));
        var all = new List<Page> { home };
        foreach (var section in sections)
        {
            all.Add(section.Index);
            all.AddRange(section.Pages);
        }
        all.AddRange(rootPages);
        all.AddRange(governancePages.Where(p => !IsListed(p)));
        all.Sort((a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
        var kept = assets.Where(a => !rejected.Contains(SourcePathOf(config, a))).ToList();
        return new SiteModel(config, asOf, home, sections, rootPages, all, kept) { Governance = governance, Matrix = matrix, Rejected = rejected };
    }

    /// <summary>Pages a section lists in navigation: its markdown pages, and the register and matrix (a page per risk
    /// or control would bury the rest; they are reached from those two).</summary>
    private static bool IsListed(Page page) => page.Content is MarkdownContent or RegisterContent or MatrixContent;

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
