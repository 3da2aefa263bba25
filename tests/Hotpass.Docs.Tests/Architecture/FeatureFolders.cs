using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Hotpass.Docs.Tests.Architecture;

/// <summary>The top-level folders of the generator that hold a feature area: a class implementing <c>ISiteFeature</c>.</summary>
internal static class FeatureFolders
{
    private const string Contract = "Hotpass.Docs.Render.Features.ISiteFeature";

    public static IEnumerable<string> Find()
    {
        var compilation = GeneratorCompilation.Compilation;
        var contract = compilation.GetTypeByMetadataName(Contract) ?? throw new InvalidOperationException(Contract + " not found");
        return compilation.SyntaxTrees
            .Where(GeneratorCompilation.IsGeneratorFile)
            .Where(tree =>
            {
                var model = compilation.GetSemanticModel(tree);
                return tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
                    .Any(c => model.GetDeclaredSymbol(c)?.AllInterfaces.Contains(contract, SymbolEqualityComparer.Default) == true);
            })
            .Select(tree => GeneratorCompilation.RelativePath(tree).Split('/')[0])
            .Distinct()
            .Order(StringComparer.Ordinal);
    }
}
