using System.IO.Enumeration;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load;

/// <summary>The one way every input tree (content, templates and their assets, later evidence and data files) is
/// listed, with one policy: symbolic links are never followed (so nothing outside the root is read and loops
/// cannot happen), only regular files are returned (pipes, sockets and devices are refused), hidden names are
/// skipped, and each refusal is a diagnostic at its path. Files come back in ordinal order.</summary>
public static class InputTree
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <param name="sourcePrefix">Path of <paramref name="dir"/> under the site root with its trailing '/', for diagnostics.</param>
    public static IReadOnlyList<ContentFile> Scan(string dir, string sourcePrefix, DiagnosticBag diagnostics)
    {
        var files = new List<ContentFile>();
        var top = new DirectoryInfo(dir);
        if (top.Exists && top.LinkTarget is not null)
            diagnostics.Report(DiagnosticCodes.SymbolicLinkSkipped, SourceLocation.File(sourcePrefix.TrimEnd('/')), sourcePrefix.TrimEnd('/'));
        else if (top.Exists)
            Walk(top.FullName, "", sourcePrefix, files, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.ContentPath, b.ContentPath));
        return files;
    }

    private static void Walk(string dir, string prefix, string sourcePrefix, List<ContentFile> files, DiagnosticBag diagnostics)
    {
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
            var at = SourceLocation.File(sourcePrefix + path);
            // One lstat tells a link (never followed, even to a folder), a regular file with its stamp, or what else it is.
            var (notRegular, stamp) = FileKind.Of(fullPath);
            if (notRegular == "symbolic link" || (notRegular is null && stamp is null && new FileInfo(fullPath).LinkTarget is not null))
                diagnostics.Report(DiagnosticCodes.SymbolicLinkSkipped, at, path);
            else if (isDirectory)
                Walk(fullPath, path + "/", sourcePrefix, files, diagnostics);
            else if (notRegular is not null)
                diagnostics.Report(DiagnosticCodes.NotRegularFile, at, path, notRegular);
            else
                files.Add(new ContentFile(path, fullPath) { Stamp = stamp });
        }
    }
}
