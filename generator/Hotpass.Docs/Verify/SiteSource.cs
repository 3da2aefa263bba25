using System.Formats.Tar;
using System.IO.Compression;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Verify;

/// <summary>Reads a published site from a folder or an archive of one (<c>.zip</c>, <c>.tar</c>, <c>.tar.gz</c>,
/// <c>.tgz</c>), every entry hashed once. An auditor often receives the site as an archive, so it is read in place,
/// never extracted.</summary>
internal static class SiteSource
{
    /// <summary>The site, or null with <paramref name="problem"/> saying why <paramref name="path"/> is not one.</summary>
    public static SiteContents? Read(string path, out string? problem)
    {
        problem = null;
        var reader = new SiteFileReader();
        try
        {
            if (Directory.Exists(path))
            {
                // A folder is the site itself: without a manifest at its top it is not one, and is not walked.
                if (!File.Exists(Path.Combine(path, Write.ManifestJson.FileName)))
                    return Fail($"'{path}' is not a hotpass-docs build: it has no {Write.ManifestJson.FileName}", out problem);
                ReadFolder(path, "", reader);
            }
            else if (!File.Exists(path)) return Fail($"'{path}' does not exist", out problem);
            else if (FileKind.NotRegularTarget(path) is { } kind) return Fail($"'{path}' is a {kind}, not a site's folder or archive", out problem);
            else ReadArchive(path, reader);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            return Fail($"'{path}' is not a readable archive: {e.Message}", out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"'{path}' cannot be read: {e.Message}", out problem);
        }
        return reader.Contents(path) ?? Fail($"'{path}' is not a hotpass-docs build: it has no {Write.ManifestJson.FileName}", out problem);
    }

    /// <summary>Walks the folder without following symbolic links: a link is reported as what it is, since a
    /// published site holds none and one could point anywhere.</summary>
    private static void ReadFolder(string folder, string prefix, SiteFileReader reader)
    {
        var entries = Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            .Order(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = prefix + Path.GetFileName(entry);
            var kind = FileKind.NotRegular(entry);
            if (kind == "folder") ReadFolder(entry, name + "/", reader);
            else if (kind is not null) reader.NotRegular(name, kind);
            else
            {
                using var stream = new FileStream(entry, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                reader.Add(name, stream);
            }
        }
    }

    private static void ReadArchive(string path, SiteFileReader reader)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        var read = file.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        file.Position = 0;
        if (read >= 4 && magic[0] == 'P' && magic[1] == 'K') ReadZip(file, reader);
        else if (read >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            ReadTar(gzip, reader);
        }
        else ReadTar(file, reader);
    }

    private static void ReadZip(Stream file, SiteFileReader reader)
    {
        using var zip = new ZipArchive(file, ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            var name = Normal(entry.FullName);
            if (name.Length == 0 || entry.FullName.EndsWith('/')) continue; // a folder entry
            // The entry's Unix mode, where the archiver recorded one, is the upper half of its external attributes.
            var mode = (entry.ExternalAttributes >> 16) & 0xF000;
            if (mode == 0xA000) reader.NotRegular(name, "symbolic link");
            else
            {
                using var stream = entry.Open();
                reader.Add(name, stream);
            }
        }
    }

    private static void ReadTar(Stream stream, SiteFileReader reader)
    {
        using var tar = new TarReader(stream);
        while (tar.GetNextEntry() is { } entry)
        {
            var name = Normal(entry.Name);
            if (name.Length == 0) continue;
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    continue;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    reader.Add(name, entry.DataStream ?? Stream.Null);
                    break;
                case TarEntryType.SymbolicLink:
                    reader.NotRegular(name, "symbolic link");
                    break;
                case TarEntryType.HardLink:
                    reader.NotRegular(name, "hard link");
                    break;
                default:
                    reader.NotRegular(name, "special file");
                    break;
            }
        }
    }

    /// <summary>An archive's name as a site path: '/'-separated, without a leading <c>./</c>. Names that climb out
    /// (<c>..</c>) or are absolute stay as they are, so they match nothing in the manifest and are reported.</summary>
    private static string Normal(string name)
    {
        var path = name.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        return path.TrimEnd('/');
    }

    private static SiteContents? Fail(string message, out string? problem)
    {
        problem = message;
        return null;
    }
}
