using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Cli.Init;

/// <summary>Writes a new site's files into a folder. It refuses a folder that holds anything unless forced, and even
/// forced it never deletes or overwrites: a file that exists is kept and named, and nothing is written through a
/// symbolic link, so a forced init cannot reach outside the folder.</summary>
internal static class SiteInitializer
{
    /// <summary>What was written and what was kept; a refusal has <see cref="Refusal"/> and wrote nothing.</summary>
    public sealed record Outcome(IReadOnlyList<string> Written, IReadOnlyList<string> Kept, Diagnostic? Refusal);

    public static Outcome Write(string folder, IReadOnlyList<ScaffoldFile> files, bool force)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
            return Refuse(full, "it is a file");
        if (Directory.Exists(full) && !force && Directory.EnumerateFileSystemEntries(full).Order(StringComparer.Ordinal).FirstOrDefault() is { } first)
            return Refuse(full, $"it holds '{Path.GetFileName(first)}'");
        Directory.CreateDirectory(full);
        var written = new List<string>();
        var kept = new List<string>();
        foreach (var file in files)
        {
            if (TryWrite(full, file)) written.Add(file.Path);
            else kept.Add(file.Path);
        }
        return new Outcome(written, kept, null);
    }

    private static Outcome Refuse(string folder, string why)
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCodes.InitFolderNotEmpty, SourceLocation.File(folder), folder, why);
        return new Outcome([], [], bag.ToSortedList()[0]);
    }

    /// <summary>Creates the file; false when it, or a folder on its way, already exists as something init must not
    /// write into (a file where a folder goes, a symbolic link).</summary>
    private static bool TryWrite(string root, ScaffoldFile file)
    {
        var parts = file.Path.Split('/');
        var folder = root;
        foreach (var part in parts[..^1])
        {
            folder = Path.Combine(folder, part);
            if (new FileInfo(folder) is { Exists: true } || (Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is not null)) return false;
            Directory.CreateDirectory(folder);
        }
        try
        {
            // CreateNew fails on anything already there, a dangling symbolic link included.
            using var stream = new FileStream(Path.Combine(folder, parts[^1]), FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(file.Text);
            return true;
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, parts[^1])) || Directory.Exists(Path.Combine(folder, parts[^1])) ||
                                  new FileInfo(Path.Combine(folder, parts[^1])).LinkTarget is not null)
        {
            return false;
        }
    }
}
