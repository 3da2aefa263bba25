using System.Reflection;
using System.Runtime.InteropServices;
using Hotpass.Docs.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hotpass.Docs.Tests.Architecture;

/// <summary>The generator's own sources, compiled here with Roslyn so every name can be bound to the symbol it means:
/// a <c>using</c> line proves nothing, a bound symbol does. Built once and shared by the architecture tests.</summary>
internal static class GeneratorCompilation
{
    public static string SourceRoot { get; } = Path.Combine(RepoPaths.Root, "generator", "Hotpass.Docs");

    private static readonly Lazy<CSharpCompilation> Lazy = new(Compile);

    public static CSharpCompilation Compilation => Lazy.Value;

    /// <summary>The path of a source tree under <see cref="SourceRoot"/>, with forward slashes.</summary>
    public static string RelativePath(SyntaxTree tree) =>
        Path.GetRelativePath(SourceRoot, tree.FilePath).Replace('\\', '/');

    /// <summary>Whether the tree is one of the generator's files, not a source generator's output or the global usings.</summary>
    public static bool IsGeneratorFile(SyntaxTree tree) =>
        tree.FilePath.StartsWith(SourceRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static CSharpCompilation Compile()
    {
        // The options mirror Directory.Build.props; the usings are what ImplicitUsings and Fluid.Core's build props
        // add to the generator (see its obj/*/Hotpass.Docs.GlobalUsings.g.cs).
        var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET", "NET10_0", "NET10_0_OR_GREATER", "RELEASE"]);
        var files = Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f));
        var globalUsings = CSharpSyntaxTree.ParseText(
            """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            global using static Parlot.Fluent.Parsers;
            """, parse, "GlobalUsings.g.cs");
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);
        var compilation = CSharpCompilation.Create("Hotpass.Docs", [.. files, globalUsings], References(), options);

        // Regex, JSON and P/Invoke generators fill in partial members; without them those names would not bind.
        CSharpGeneratorDriver.Create([.. SourceGenerators()], parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var errors = generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("The generator's sources do not compile in the architecture tests, so some names would not bind:\n"
                + string.Join('\n', errors.Take(20)));
        return (CSharpCompilation)generated;
    }

    private static bool IsBuildOutput(string file)
    {
        var relative = Path.GetRelativePath(SourceRoot, file).Replace('\\', '/');
        return relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal);
    }

    /// <summary>The assemblies this test runs with (framework and packages), less the generator's own build, which the
    /// sources replace, and the test-only JSON Schema packages, whose root namespace <c>Json</c> would hide the
    /// generator's own <c>Json</c> highlighting namespace.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Hotpass.Docs.dll", "hotpass-docs.dll", "Hotpass.Docs.Tests.dll", "JsonSchema.Net.dll", "Json.More.dll", "JsonPointer.Net.dll",
        };
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(p => !own.Contains(Path.GetFileName(p)))
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    /// <summary>The source generators the SDK runs for net10.0, from the targeting pack beside the running runtime.</summary>
    private static IEnumerable<ISourceGenerator> SourceGenerators()
    {
        // RuntimeDirectory is DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/.
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.EnumerateDirectories(packs)
            .Where(d => Version.TryParse(Path.GetFileName(d), out var v) && v.Major == Environment.Version.Major)
            .MaxBy(d => Version.Parse(Path.GetFileName(d)))
            ?? throw new InvalidOperationException("No Microsoft.NETCore.App.Ref " + Environment.Version.Major + " pack under " + packs);
        var analyzers = Path.Combine(pack, "analyzers", "dotnet", "cs");
        foreach (var name in new[] { "System.Text.RegularExpressions.Generator.dll", "System.Text.Json.SourceGeneration.dll", "Microsoft.Interop.LibraryImportGenerator.dll" })
        {
            var assembly = Assembly.LoadFrom(Path.Combine(analyzers, name));
            foreach (var type in LoadableTypes(assembly).Where(t => t.GetCustomAttribute<GeneratorAttribute>() is not null && !t.IsAbstract))
            {
                var instance = Activator.CreateInstance(type)!;
                yield return instance as ISourceGenerator ?? ((IIncrementalGenerator)instance).AsSourceGenerator();
            }
        }
    }

    /// <summary>The types of an analyzer assembly that load here: its code fixes need Roslyn's workspaces, which a
    /// test does not, and those types are skipped rather than failing the rest.</summary>
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
