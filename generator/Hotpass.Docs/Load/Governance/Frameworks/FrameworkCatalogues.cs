using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Governance.Frameworks;

/// <summary>The framework catalogues a site is checked against: the ones shipped inside the tool, then the site's own
/// folder (<c>governance: { frameworks: DIR }</c>), whose catalogue replaces a built-in one with the same id.</summary>
internal static class FrameworkCatalogues
{
    private const string ResourcePrefix = "frameworks/";

    private static readonly Lazy<IReadOnlyList<Framework>> Shipped = new(LoadBuiltIn);

    /// <summary>The catalogues shipped inside the tool, ordered by id.</summary>
    public static IReadOnlyList<Framework> BuiltIn => Shipped.Value;

    /// <param name="excluded">What is left out of the site's folder; null: editors' leftovers only.</param>
    public static IReadOnlyList<Framework> Load(string root, string? siteFolder, DiagnosticBag diagnostics, InputExclusions? excluded = null)
    {
        var byId = BuiltIn.ToDictionary(f => f.Id, StringComparer.Ordinal);
        if (siteFolder is not null)
            foreach (var framework in LoadFolder(root, siteFolder, excluded, diagnostics)) byId[framework.Id] = framework;
        return [.. byId.Values.OrderBy(f => f.Id, StringComparer.Ordinal)];
    }

    private static List<Framework> LoadFolder(string root, string folder, InputExclusions? excluded, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, folder);
        var result = new List<Framework>();
        if (!Directory.Exists(full))
        {
            diagnostics.Report(DiagnosticCodes.CatalogueFolderMissing, SourceLocation.File("hotpass-docs.yml"), folder);
            return result;
        }
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        // Listed as every input folder is (InputTree): no symbolic link followed, only regular files read.
        var prefix = folder.TrimEnd('/') + "/";
        var files = InputTree.Scan(full, prefix, diagnostics, excluded, recursive: false)
            .Where(f => f.ContentPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.ContentPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
        foreach (var file in files)
        {
            var path = prefix + file.ContentPath;
            byte[] bytes;
            try
            {
                if (new FileInfo(file.FullPath).Length > ContentLimits.MaxPageBytes)
                {
                    diagnostics.Report(DiagnosticCodes.CatalogueInvalid, SourceLocation.File(path), "the file is larger than a catalogue can be");
                    continue;
                }
                bytes = File.ReadAllBytes(file.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.File(path), e.Message);
                continue;
            }
            var text = SourceDecoder.Decode(bytes).Text;
            if (FrameworkCatalogueReader.Read(text, path, path, diagnostics) is not { } framework) continue;
            if (seen.TryGetValue(framework.Id, out var other))
            {
                diagnostics.Report(DiagnosticCodes.CatalogueInvalid, SourceLocation.File(path), $"framework '{framework.Id}' is also defined by {other}");
                continue;
            }
            seen[framework.Id] = path;
            result.Add(framework);
        }
        return result;
    }

    private static List<Framework> LoadBuiltIn()
    {
        var assembly = typeof(FrameworkCatalogues).Assembly;
        var diagnostics = new DiagnosticBag();
        var result = new List<Framework>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            if (FrameworkCatalogueReader.Read(reader.ReadToEnd(), "(built-in) " + name, "(built-in) " + name, diagnostics) is { } framework)
                result.Add(framework);
        }
        // A shipped catalogue that does not read is a defect of the tool, caught by its tests, never a user's error.
        if (diagnostics.Count > 0) throw new InvalidOperationException(string.Join("; ", diagnostics.ToSortedList()));
        return [.. result.OrderBy(f => f.Id, StringComparer.Ordinal)];
    }
}
