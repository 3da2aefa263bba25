using System.Reflection;

namespace Hotpass.Docs.Render.Templates;

/// <summary>The theme's files: the site's own <c>templates/</c> folder first, then the default theme built into the tool.</summary>
/// <param name="siteTemplatesLabel">How diagnostics name the site's folder (<c>templates</c>, relative to the site root);
/// the full path when not given.</param>
public sealed class ThemeFiles(string? siteTemplatesDir, string? siteTemplatesLabel = null)
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly Assembly = typeof(ThemeFiles).Assembly;

    /// <summary>Where a theme file came from, for diagnostics: the site's file, or the built-in theme.</summary>
    public string DescribeSource(string path) =>
        SitePath(path) is { } site && File.Exists(site)
            ? siteTemplatesLabel is null ? site : siteTemplatesLabel.TrimEnd('/') + "/" + path
            : "built-in theme " + path;

    public string? ReadText(string path)
    {
        var bytes = ReadBytes(path);
        return bytes is null ? null : Load.SourceDecoder.Decode(bytes).Text;
    }

    public byte[]? ReadBytes(string path)
    {
        if (SitePath(path) is { } site && File.Exists(site)) return File.ReadAllBytes(site);
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + path);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Every file under <paramref name="folder"/> (such as <c>assets</c>) from both sources, in ordinal order.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in Assembly.GetManifestResourceNames())
            if (resource.StartsWith(ResourcePrefix + prefix, StringComparison.Ordinal))
                names.Add(resource[ResourcePrefix.Length..]);
        if (siteTemplatesDir is not null && Directory.Exists(Path.Combine(siteTemplatesDir, folder)))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(siteTemplatesDir, folder), "*", SearchOption.AllDirectories))
                if (new FileInfo(file).LinkTarget is null)
                    names.Add(Path.GetRelativePath(siteTemplatesDir, file).Replace('\\', '/'));
        }
        return [.. names];
    }

    private string? SitePath(string path) => siteTemplatesDir is null ? null : Path.Combine(siteTemplatesDir, path);
}
