using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load;

/// <summary>Lists the files under the content folder in ordinal order, never following symbolic links.</summary>
public static class ContentScanner
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <param name="sourcePrefix">Path of the content folder under the site root, for diagnostics.</param>
    public static IReadOnlyList<ContentFile> Scan(string contentDir, string sourcePrefix, DiagnosticBag diagnostics)
    {
        var files = new List<ContentFile>();
        if (Directory.Exists(contentDir)) Walk(new DirectoryInfo(contentDir), "", sourcePrefix, files, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.ContentPath, b.ContentPath));
        return files;
    }

    private static void Walk(DirectoryInfo dir, string prefix, string sourcePrefix, List<ContentFile> files, DiagnosticBag diagnostics)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos("*", Options))
        {
            if (entry.Name.StartsWith('.')) continue;
            var contentPath = prefix + entry.Name;
            if (entry.LinkTarget is not null)
            {
                diagnostics.Report(DiagnosticCodes.SymbolicLinkSkipped, SourceLocation.File(sourcePrefix + contentPath), contentPath);
                continue;
            }
            if (entry is DirectoryInfo sub) Walk(sub, contentPath + "/", sourcePrefix, files, diagnostics);
            else files.Add(new ContentFile(contentPath, entry.FullName));
        }
    }
}
