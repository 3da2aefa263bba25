using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Serves <c>{% include 'name' %}</c> to Fluid from <c>partials/name.liquid</c> of the theme (site file first,
/// then the built-in one). Each partial is read once; Fluid asks again on every include, so lookups are cached.</summary>
internal sealed class PartialFileProvider(ThemeFiles files) : IFileProvider
{
    internal const string Folder = "partials/";
    internal const string Extension = ".liquid";
    private readonly ConcurrentDictionary<string, IFileInfo> _lookups = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _lookups.GetOrAdd(subpath, Resolve);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>The partial's text, or null when the theme has none of that name. A name that would leave partials/
    /// throws <see cref="InvalidOperationException"/>, which the renderer reports against the layout.</summary>
    internal string? ReadPartial(string name) =>
        IsSafeName(name) ? files.ReadText(Folder + name + Extension) : throw new InvalidOperationException(UnsafeName(name));

    internal static string UnsafeName(string name) => $"partial name '{name}' may not climb out of partials/";

    internal string DescribeSource(string name) => files.DescribeSource(Folder + name + Extension);

    private IFileInfo Resolve(string subpath)
    {
        // Fluid first asks for the name as written, then with the extension: only the latter is a partial.
        if (!subpath.EndsWith(Extension, StringComparison.Ordinal)) return new NotFoundFileInfo(subpath);
        var name = subpath[..^Extension.Length];
        return ReadPartial(name) is { } text ? new PartialFileInfo(subpath, text) : new NotFoundFileInfo(subpath);
    }

    internal static bool IsSafeName(string name) =>
        name.Length > 0 && !name.Contains("..", StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal)
        && !name.Contains(':', StringComparison.Ordinal) && !name.StartsWith('/');
}
