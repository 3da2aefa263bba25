using System.Text;

namespace Hotpass.Docs.Tests.Architecture;

/// <summary>Folders are layers: every reference from one top-level folder of the generator to another points down
/// <see cref="FolderLayers.Order"/>, and no folders reach each other in a circle. References are bound symbols (see
/// <see cref="FolderReferences"/>), so a stale <c>using</c> is not one and a fully qualified name is.</summary>
public sealed class FolderLayeringTests
{
    [Fact]
    public void No_folder_uses_a_folder_above_it_or_a_peer()
    {
        var upward = FolderReferences.All
            .Where(r => FolderLayers.Rank.TryGetValue(r.FromFolder, out var from) && FolderLayers.Rank.TryGetValue(r.ToFolder, out var to) && to >= from)
            .ToList();
        var unknown = upward.Where(r => !KnownUpwardReferences.All.ContainsKey((r.FromFolder, r.ToFolder))).ToList();
        Assert.True(unknown.Count == 0, "References against the layer order (a folder may use only the layers below it):\n" + Describe(unknown));
        var gone = KnownUpwardReferences.All.Keys.Where(k => !upward.Any(r => (r.FromFolder, r.ToFolder) == k)).ToList();
        Assert.True(gone.Count == 0, "Known upward references that no longer happen; remove them from KnownUpwardReferences:\n"
            + string.Join('\n', gone.Select(k => $"  {k.From} -> {k.To}")));
    }

    [Fact]
    public void No_folders_use_each_other_in_a_circle()
    {
        var references = FolderReferences.All.Where(r => !KnownUpwardReferences.All.ContainsKey((r.FromFolder, r.ToFolder))).ToList();
        var cycles = FolderCycles.Find(references.Select(r => (r.FromFolder, r.ToFolder)));
        var text = new StringBuilder();
        foreach (var cycle in cycles)
        {
            text.Append("Folders in one cycle: ").AppendJoin(", ", cycle).Append('\n');
            text.Append(Describe([.. references.Where(r => cycle.Contains(r.FromFolder) && cycle.Contains(r.ToFolder))]));
        }
        Assert.True(cycles.Count == 0, text.ToString());
    }

    [Fact]
    public void Every_top_level_folder_has_a_layer()
    {
        var folders = Directory.EnumerateFiles(GeneratorCompilation.SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(GeneratorCompilation.SourceRoot, f).Replace('\\', '/'))
            .Where(f => f.Contains('/', StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Select(f => f.Split('/')[0])
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.DoesNotContain(folders, f => !FolderLayers.Rank.ContainsKey(f));
        Assert.NotEmpty(FeatureFolders.Find());
        Assert.Empty(Directory.EnumerateFiles(GeneratorCompilation.SourceRoot, "*.cs").Select(Path.GetFileName));
    }

    [Fact]
    public void Every_file_is_in_the_namespace_of_its_folder()
    {
        var wrong = GeneratorCompilation.Compilation.SyntaxTrees
            .Where(GeneratorCompilation.IsGeneratorFile)
            .Select(t => (File: GeneratorCompilation.RelativePath(t), Namespace: FileNamespace(t)))
            .Where(f => f.Namespace != "Hotpass.Docs." + Path.GetDirectoryName(f.File)!.Replace('/', '.').Replace('\\', '.'))
            .Select(f => $"{f.File}: {f.Namespace}");
        Assert.Empty(wrong);
    }

    private static string? FileNamespace(Microsoft.CodeAnalysis.SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();

    /// <summary>Each edge with its references, one line per file and type used.</summary>
    private static string Describe(IReadOnlyList<FolderReference> references)
    {
        var text = new StringBuilder();
        foreach (var edge in references.GroupBy(r => (r.FromFolder, r.ToFolder)).OrderBy(g => g.Key.FromFolder, StringComparer.Ordinal).ThenBy(g => g.Key.ToFolder, StringComparer.Ordinal))
        {
            text.Append($"  {edge.Key.FromFolder} -> {edge.Key.ToFolder}:\n");
            foreach (var r in edge) text.Append($"    {r.File} ({r.FromType}) uses {r.ToType}\n");
        }
        return text.ToString();
    }
}
