using System.Reflection;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load;

namespace Hotpass.Docs.Render.Templates;

/// <summary>The theme's files: the site's own <c>templates/</c> folder first, then the default theme built into the tool.
/// The site's folder is listed once, through <see cref="InputTree"/>, so theme files obey the same policy as pages
/// (no symbolic links, only regular files); nothing outside that listing is ever read.</summary>
internal sealed class ThemeFiles
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly Assembly = typeof(ThemeFiles).Assembly;
    private readonly Dictionary<string, string> _siteFiles = new(StringComparer.Ordinal);
    private readonly string _sourcePrefix;

    /// <param name="sourcePrefix">Path of the templates folder under the site root with its trailing '/', for diagnostics.</param>
    /// <param name="excluded">What is left out of the site's folder; null: editors' leftovers only.</param>
    public ThemeFiles(string? siteTemplatesDir, string sourcePrefix = "templates/", DiagnosticBag? diagnostics = null, InputExclusions? excluded = null)
    {
        _sourcePrefix = sourcePrefix;
        if (siteTemplatesDir is null) return;
        foreach (var file in InputTree.Scan(siteTemplatesDir, sourcePrefix, diagnostics ?? new DiagnosticBag(), excluded))
            _siteFiles[file.ContentPath] = file.FullPath;
    }

    /// <summary>Where a theme file came from, for diagnostics: the site's file (relative to the site root), or the built-in theme.</summary>
    public string DescribeSource(string path) =>
        _siteFiles.ContainsKey(path) ? _sourcePrefix + path : "built-in theme " + path;

    public string? ReadText(string path)
    {
        var bytes = ReadBytes(path);
        return bytes is null ? null : SourceDecoder.Decode(bytes).Text;
    }

    public byte[]? ReadBytes(string path)
    {
        if (_siteFiles.TryGetValue(path, out var site)) return File.ReadAllBytes(site);
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
        foreach (var path in _siteFiles.Keys)
            if (path.StartsWith(prefix, StringComparison.Ordinal))
                names.Add(path);
        return [.. names];
    }
}
