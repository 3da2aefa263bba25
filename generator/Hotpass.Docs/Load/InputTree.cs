using System.IO.Enumeration;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load;

/// <summary>The one way every input tree (content, templates and their assets, evidence, framework catalogues) is
/// listed, with one policy: symbolic links are never followed (so nothing outside the root is read and loops
/// cannot happen), only regular files are returned (pipes, sockets and devices are refused), hidden names and what
/// <see cref="InputExclusions"/> leaves out (editors' leftovers, <c>exclude:</c>) are skipped unread and unreported,
/// and each refusal is a diagnostic at its path. Files come back in ordinal order.</summary>
internal static class InputTree
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <param name="sourcePrefix">Path of <paramref name="dir"/> under the site root with its trailing '/', for diagnostics.</param>
    /// <param name="excluded">What is left out (matched against <paramref name="sourcePrefix"/> and the path under
    /// <paramref name="dir"/>); null: editors' leftovers only.</param>
    /// <param name="recursive">False: the files directly in <paramref name="dir"/> only, its folders neither listed nor reported.</param>
    public static IReadOnlyList<ContentFile> Scan(string dir, string sourcePrefix, DiagnosticBag diagnostics, InputExclusions? excluded = null,
        bool recursive = true)
    {
        excluded ??= InputExclusions.Default;
        var names = new List<(string Path, string FullPath)>();
        var top = new DirectoryInfo(dir);
        if (top.Exists && top.LinkTarget is not null)
            diagnostics.Report(DiagnosticCodes.SymbolicLinkSkipped, SourceLocation.File(sourcePrefix.TrimEnd('/')), sourcePrefix.TrimEnd('/'));
        else if (top.Exists)
            Walk(top.FullName, "", new Walking(sourcePrefix, excluded, recursive, names, diagnostics));
        // Every file is stat-ed to check its kind; on all cores, since a content folder holds thousands.
        var files = new ContentFile?[names.Count];
        Parallel.For(0, names.Count, CoreBound.Options, i => files[i] = Kept(names[i].Path, names[i].FullPath, sourcePrefix, diagnostics));
        var kept = files.OfType<ContentFile>().ToList();
        kept.Sort((a, b) => string.CompareOrdinal(a.ContentPath, b.ContentPath));
        return kept;
    }

    /// <summary>Lists the names under <paramref name="dir"/> that are not folders and not excluded into the walk's
    /// names, walking into each folder that is not a link or excluded.</summary>
    private static void Walk(string dir, string prefix, Walking walk)
    {
        var (sourcePrefix, excluded, recursive, names, diagnostics) = walk;
        List<(string Name, string FullPath, bool IsDirectory)> entries;
        try
        {
            // Entries as readdir gives them (its file type says which are folders): no stat until a name is kept.
            entries = [.. new FileSystemEnumerable<(string, string, bool)>(dir,
                (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.ToFullPath(), entry.IsDirectory), Options)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.File(sourcePrefix + prefix.TrimEnd('/')), e.Message);
            return;
        }
        foreach (var (name, fullPath, isDirectory) in entries)
        {
            if (name.StartsWith('.')) continue;
            var path = prefix + name;
            if (!isDirectory)
            {
                if (!excluded.ExcludesFile(sourcePrefix + path)) names.Add((path, fullPath));
            }
            else if (!recursive || excluded.ExcludesFolder(sourcePrefix + path)) continue;
            else if (IsLink(fullPath, FileKind.Of(fullPath))) diagnostics.Report(DiagnosticCodes.SymbolicLinkSkipped, SourceLocation.File(sourcePrefix + path), path);
            else Walk(fullPath, path + "/", walk);
        }
    }

    /// <summary>The file, stamped, when one lstat says it is a regular file; else null, with the refusal reported (a link
    /// is never followed, a pipe, socket or device never read).</summary>
    private static ContentFile? Kept(string path, string fullPath, string sourcePrefix, DiagnosticBag diagnostics)
    {
        var status = FileKind.Of(fullPath);
        if (IsLink(fullPath, status))
            diagnostics.Report(DiagnosticCodes.SymbolicLinkSkipped, SourceLocation.File(sourcePrefix + path), path);
        else if (status.NotRegular is { } kind)
            diagnostics.Report(DiagnosticCodes.NotRegularFile, SourceLocation.File(sourcePrefix + path), path, kind);
        else
            return new ContentFile(path, fullPath) { Stamp = status.Stamp };
        return null;
    }

    /// <remarks>Where lstat told nothing (Windows, or the entry just vanished), the link target is asked directly.</remarks>
    private static bool IsLink(string fullPath, (string? NotRegular, FileStamp? Stamp) status) =>
        status.NotRegular == "symbolic link" || (status is (null, null) && new FileInfo(fullPath).LinkTarget is not null);

    /// <summary>What stays the same through one walk.</summary>
    private sealed record Walking(string SourcePrefix, InputExclusions Excluded, bool Recursive, List<(string Path, string FullPath)> Names,
        DiagnosticBag Diagnostics);
}
