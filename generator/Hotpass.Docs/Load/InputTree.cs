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
            Walk(top, "", sourcePrefix, files, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.ContentPath, b.ContentPath));
        return files;
    }

    private static void Walk(DirectoryInfo dir, string prefix, string sourcePrefix, List<ContentFile> files, DiagnosticBag diagnostics)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = [.. dir.EnumerateFileSystemInfos("*", Options)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.File(sourcePrefix + prefix.TrimEnd('/')), e.Message);
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;
            var path = prefix + entry.Name;
            var at = SourceLocation.File(sourcePrefix + path);
            if (entry.LinkTarget is not null)
                diagnostics.Report(DiagnosticCodes.SymbolicLinkSkipped, at, path);
            else if (entry is DirectoryInfo sub)
                Walk(sub, path + "/", sourcePrefix, files, diagnostics);
            else if (FileKind.NotRegular(entry.FullName) is { } kind)
                diagnostics.Report(DiagnosticCodes.NotRegularFile, at, path, kind);
            else
                files.Add(new ContentFile(path, entry.FullName));
        }
    }
}
