using Hotpass.Docs.Text;

namespace Hotpass.Docs.Configuration;

/// <summary>The files a build never reads from its input folders (content, templates, evidence, frameworks): what
/// editors leave beside the files they edit, always, and whatever the globs of <c>exclude:</c> in
/// <c>hotpass-docs.yml</c> match. A path is matched as written from the site root (<c>content/drafts/a.md</c>), so one
/// rule holds in every folder, and an excluded file is neither read, published, stamped for <c>serve</c> nor reported.</summary>
public sealed class InputExclusions
{
    private const string AnyBelow = "/**";
    private readonly GlobMatcher[] _files;
    private readonly GlobMatcher[] _folders;

    /// <param name="patterns">Globs relative to the site root (<c>*</c> and <c>?</c> within a folder, <c>**</c> across
    /// folders), as the configuration reader checked them; one ending in '/' names a folder, and means all under it.</param>
    public InputExclusions(IReadOnlyList<string> patterns)
    {
        Patterns = [.. patterns.Select(p => p.EndsWith('/') ? Normal(p) + AnyBelow : Normal(p))];
        _files = [.. Patterns.Select(p => new GlobMatcher(p))];
        // 'DIR/**' excludes everything under each folder DIR matches, so the walk need not go in at all.
        _folders = [.. Patterns.Where(p => p.EndsWith(AnyBelow, StringComparison.Ordinal) && p.Length > AnyBelow.Length).Select(p => new GlobMatcher(p[..^AnyBelow.Length]))];
    }

    /// <summary>Editors' leftovers only: what a site without <c>exclude:</c> leaves out.</summary>
    public static InputExclusions Default { get; } = new([]);

    /// <summary>The configured globs, '/'-separated, without empty or '.' segments.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Whether the file at <paramref name="path"/> (from the site root) is left out.</summary>
    public bool ExcludesFile(string path)
    {
        var normal = Normal(path);
        return IsEditorLeftover(normal[(normal.LastIndexOf('/') + 1)..]) || _files.Any(g => g.IsMatch(normal));
    }

    /// <summary>Whether every file under the folder at <paramref name="path"/> (from the site root) is left out, so it
    /// need not be walked.</summary>
    public bool ExcludesFolder(string path)
    {
        if (_folders.Length == 0) return false;
        var normal = Normal(path);
        return _folders.Any(g => g.IsMatch(normal));
    }

    /// <summary>A backup (<c>NAME~</c>), an Emacs autosave (<c>#NAME#</c>) or lock (<c>.#NAME</c>), a vim swap file
    /// (<c>NAME.swp</c>, <c>NAME.swo</c>) or a Finder folder record (<c>.DS_Store</c>), by file name.</summary>
    public static bool IsEditorLeftover(string name) =>
        name.EndsWith('~')
        || name.StartsWith(".#", StringComparison.Ordinal)
        || (name.Length > 1 && name[0] == '#' && name[^1] == '#')
        || name.EndsWith(".swp", StringComparison.Ordinal)
        || name.EndsWith(".swo", StringComparison.Ordinal)
        || name == ".DS_Store";

    /// <summary>'/'-separated, with no empty or '.' segment: <c>./content//a.md</c> is <c>content/a.md</c>.</summary>
    private static string Normal(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Where(s => s is not ("" or ".")));
}
