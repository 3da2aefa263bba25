using Hotpass.Docs.Render.Output;

namespace Hotpass.Docs.Steps.Links;

/// <summary>What the link gate learned about each HTML file of a passed build, kept by <c>serve</c> so a rebuild checks
/// again only the files whose links could now resolve differently: a file rendered again (its facts are new), a file
/// that had a finding (a warning whose suggestion may change), and a file linking to a page whose ids changed. When
/// the site's set of files changed, every file is checked again.</summary>
internal sealed class LinkGateMemo
{
    private readonly Dictionary<string, CheckedFile> _html;
    private readonly HashSet<string> _paths;

    private LinkGateMemo(Dictionary<string, CheckedFile> html, HashSet<string> paths, int checkedCount) =>
        (_html, _paths, Checked) = (html, paths, checkedCount);

    /// <summary>How many HTML files the build that kept this memo checked (the others it took as checked before).</summary>
    public int Checked { get; }

    /// <summary>One checked file: the facts it was checked with, the output paths its links resolved to, and whether
    /// it had no finding at all.</summary>
    internal sealed record CheckedFile(HtmlFacts Facts, string[] Targets, bool Clean);

    public static LinkGateMemo Of(IReadOnlyList<RenderedFile> files, CheckedFile?[] checkedFiles, int checkedCount)
    {
        var html = new Dictionary<string, CheckedFile>(StringComparer.Ordinal);
        var paths = new HashSet<string>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            paths.Add(files[i].OutputPath);
            if (checkedFiles[i] is { } entry) html[files[i].OutputPath] = entry;
        }
        return new LinkGateMemo(html, paths, checkedCount);
    }

    /// <summary>The HTML files whose ids are not what the previous build checked links against; null when a file was
    /// added, removed or changed kind, which can change what any link resolves to.</summary>
    public HashSet<string>? ChangedIds(IReadOnlyList<RenderedFile> files)
    {
        if (files.Count != _paths.Count) return null;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!_paths.Contains(file.OutputPath)) return null;
            var before = _html.GetValueOrDefault(file.OutputPath);
            if (before is null != file.Html is null) return null;
            if (before is not null && !ReferenceEquals(before.Facts, file.Html) && !before.Facts.Ids.SetEquals(file.Html!.Ids))
                changed.Add(file.OutputPath);
        }
        return changed;
    }

    /// <summary>The previous check of <paramref name="file"/> when it still holds: the same facts, no finding, and no
    /// link to a file in <paramref name="changedIds"/>; else null (check it again).</summary>
    public CheckedFile? Reusable(RenderedFile file, HashSet<string> changedIds)
    {
        if (!_html.TryGetValue(file.OutputPath, out var before) || !ReferenceEquals(before.Facts, file.Html) || !before.Clean) return null;
        if (changedIds.Count > 0 && before.Targets.Any(changedIds.Contains)) return null;
        return before;
    }
}
