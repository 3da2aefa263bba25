using System.Buffers;
using System.Security.Cryptography;
using Hotpass.Docs.Model.Evidence;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Verify;

/// <summary>Hashes the entries of a site as they stream past, from a folder or an archive, keeping the bytes of the
/// files verification reads. Nothing is extracted or written: an archive's names are only compared.</summary>
internal sealed class SiteFileReader
{
    /// <summary>Larger manifests than this are not read into memory; no real build writes one.</summary>
    private const int MaxKept = 256 << 20;

    private readonly Dictionary<string, FoundFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _kept = new(StringComparer.Ordinal);

    /// <summary>The files whose bytes verification reads, by name, wherever they are (the site's folder is known only
    /// once its manifest is found).</summary>
    public static bool Keeps(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name is ManifestJson.FileName or SiteStatement.FileName || name == EvidencePaths.Manifest;
    }

    public void NotRegular(string path, string what) => _files[path] = new FoundFile(path, 0, null, what);

    /// <summary>Hashes <paramref name="content"/> to its end, keeping its bytes when <see cref="Keeps"/> names it.</summary>
    public void Add(string path, Stream content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var keep = Keeps(path) && KeepDepthWins(path) ? new MemoryStream() : null;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        long size = 0;
        try
        {
            int read;
            while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                size += read;
                if (keep is not null && size <= MaxKept) keep.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        _files[path] = new FoundFile(path, size, Convert.ToHexStringLower(hash.GetHashAndReset()), null);
        if (keep is not null && size <= MaxKept) _kept[path] = keep.ToArray();
    }

    /// <summary>The site: the entries under the folder holding the shallowest <c>manifest.json</c> (an archive often
    /// holds the site inside one folder), or null when there is none.</summary>
    public SiteContents? Contents(string name)
    {
        var manifest = _files.Keys.Where(p => p == ManifestJson.FileName || p.EndsWith("/" + ManifestJson.FileName, StringComparison.Ordinal))
            .OrderBy(Depth).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        if (manifest is null) return null;
        var prefix = manifest[..^ManifestJson.FileName.Length];
        var files = new Dictionary<string, FoundFile>(StringComparer.Ordinal);
        var outside = 0;
        foreach (var (path, file) in _files)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) { outside++; continue; }
            files[path[prefix.Length..]] = file with { Path = path[prefix.Length..] };
        }
        var kept = _kept.Where(k => k.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(k => k.Key[prefix.Length..], k => k.Value, StringComparer.Ordinal);
        return new SiteContents(name, files, kept, outside);
    }

    private static int Depth(string path) => path.Count(c => c == '/');

    /// <summary>Only the shallowest copies of each kept name are held, and no more than <see cref="MaxKept"/> in all,
    /// so an archive of many copies cannot fill memory.</summary>
    private bool KeepDepthWins(string path)
    {
        if (_kept.Values.Sum(b => (long)b.Length) > MaxKept) return false;
        var name = path[(path.LastIndexOf('/') + 1)..];
        foreach (var key in _kept.Keys.Where(k => k == name || k.EndsWith("/" + name, StringComparison.Ordinal)).ToList())
        {
            if (Depth(key) < Depth(path)) return false;
            if (Depth(key) > Depth(path)) _kept.Remove(key);
        }
        return true;
    }
}
