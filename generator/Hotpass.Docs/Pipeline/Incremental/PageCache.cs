using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>Loads the markdown files of a build, reusing what the previous build loaded for every file whose stamp
/// is unchanged (and not racy); new and changed files are read again, deleted ones drop out. Each page's
/// diagnostics are kept with it and reported into the run again, so an unchanged page still reports its warnings.</summary>
internal sealed class PageCache(IReadOnlyDictionary<string, LoadedPage> previous, DateTimeOffset? previousStampedAt)
{
    /// <summary>The files loaded by this run, by full path.</summary>
    public Dictionary<string, LoadedPage> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>Each file read again, added or deleted since the previous build: what it was then and is now (null
    /// when it did not exist).</summary>
    public List<(LoadedPage? Before, LoadedPage? After)> Changes { get; } = [];

    /// <param name="read">Loads and parses one file (its path as diagnostics name it), reporting into the bag given.</param>
    public MarkdownContent?[] Load(IReadOnlyList<ContentFile> files, string sourcePrefix, Func<ContentFile, string, DiagnosticBag, MarkdownContent?> read,
        DiagnosticBag diagnostics)
    {
        var loaded = new LoadedPage[files.Count];
        var reread = new bool[files.Count];
        Parallel.For(0, files.Count, CoreBound.Options, i =>
        {
            var file = files[i];
            var stamp = file.Stamp ?? FileStamp.Of(file.FullPath);
            if (previousStampedAt is { } at && previous.TryGetValue(file.FullPath, out var before) && before.Stamp == stamp && !stamp.IsRacy(at))
            {
                loaded[i] = before;
                return;
            }
            var own = new DiagnosticBag();
            loaded[i] = new LoadedPage(stamp, read(file, sourcePrefix + file.ContentPath, own), own.Reported);
            reread[i] = true;
        });
        var result = new MarkdownContent?[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var page = loaded[i];
            Pages[files[i].FullPath] = page;
            foreach (var diagnostic in page.Diagnostics) diagnostics.Add(diagnostic);
            result[i] = page.Content;
            if (reread[i]) Changes.Add((previous.GetValueOrDefault(files[i].FullPath), page));
        }
        foreach (var (path, gone) in previous)
            if (!Pages.ContainsKey(path)) Changes.Add((gone, null));
        return result;
    }
}
