using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Hotpass.Docs.Tests.Architecture;

/// <summary>Every use of a type from one top-level folder of the generator in a file of another, found by binding each
/// name and expression to its symbol. A <c>using</c> line alone is not a use; a fully qualified name, a member reached
/// through <c>var</c>, an inferred lambda parameter or a value passed along without being named all are.</summary>
internal static class FolderReferences
{
    private const string RootNamespace = "Hotpass.Docs.";

    private static readonly Lazy<IReadOnlyList<FolderReference>> Lazy = new(() =>
        Find(GeneratorCompilation.Compilation, t => GeneratorCompilation.IsGeneratorFile(t) ? GeneratorCompilation.RelativePath(t) : null));

    /// <summary>The references between different top-level folders, each once, in a stable order.</summary>
    public static IReadOnlyList<FolderReference> All => Lazy.Value;

    /// <summary>The top-level folder a namespace of the generator belongs to, or null outside it.</summary>
    public static string? FolderOf(string ns) =>
        ns.StartsWith(RootNamespace, StringComparison.Ordinal) ? ns[RootNamespace.Length..].Split('.')[0] : null;

    /// <param name="pathOf">A tree's path under the generator's folder, '/'-separated; null for a tree to skip.</param>
    public static List<FolderReference> Find(Compilation compilation, Func<SyntaxTree, string?> pathOf)
    {
        var found = new HashSet<FolderReference>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (pathOf(tree) is not { } file) continue;
            var from = file.Split('/')[0];
            var model = compilation.GetSemanticModel(tree);
            // Using directives name namespaces, not uses; doc comments are trivia and are not walked.
            foreach (var node in tree.GetRoot().DescendantNodes(n => n is not UsingDirectiveSyntax))
            {
                if (node is UsingDirectiveSyntax) continue;
                foreach (var type in TypesUsedAt(node, model))
                {
                    var to = FolderOf(type.ContainingNamespace.ToDisplayString());
                    if (to is null || to == from) continue;
                    found.Add(new FolderReference(from, to, file, DeclaringType(node), type.ToDisplayString()));
                }
            }
        }
        return [.. found.OrderBy(r => r.ToString(), StringComparer.Ordinal)];
    }

    private static IEnumerable<INamedTypeSymbol> TypesUsedAt(SyntaxNode node, SemanticModel model)
    {
        var symbols = new List<ISymbol?>();
        if (node is ExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax or AttributeSyntax)
        {
            var info = model.GetSymbolInfo(node);
            symbols.Add(info.Symbol);
            symbols.AddRange(info.CandidateSymbols);
        }
        if (node is ExpressionSyntax expression)
        {
            var typeInfo = model.GetTypeInfo(expression);
            symbols.Add(typeInfo.Type);
            symbols.Add(typeInfo.ConvertedType);
            symbols.Add(model.GetConversion(expression).MethodSymbol);
        }
        return symbols.SelectMany(TypesOf);
    }

    /// <summary>The named types a symbol brings in: a type itself and its type arguments, or the type that holds a
    /// member. Locals, parameters and namespaces bring nothing; their types show up where they are used.</summary>
    private static IEnumerable<INamedTypeSymbol> TypesOf(ISymbol? symbol) => symbol switch
    {
        null => [],
        IArrayTypeSymbol array => TypesOf(array.ElementType),
        IPointerTypeSymbol pointer => TypesOf(pointer.PointedAtType),
        INamedTypeSymbol named => [named.OriginalDefinition, .. named.TypeArguments.SelectMany(TypesOf)],
        IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } => [],
        IMethodSymbol method => [.. TypesOf(method.ContainingType), .. method.TypeArguments.SelectMany(TypesOf)],
        IPropertySymbol or IFieldSymbol or IEventSymbol => TypesOf(symbol.ContainingType),
        _ => [],
    };

    private static string DeclaringType(SyntaxNode node) =>
        node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text
        ?? node.AncestorsAndSelf().OfType<DelegateDeclarationSyntax>().FirstOrDefault()?.Identifier.Text
        ?? "(file)";
}
