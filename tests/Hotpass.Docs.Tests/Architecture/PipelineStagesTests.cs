using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Hotpass.Docs.Tests.Architecture;

/// <summary>The orchestrator reads as the pipeline: the stages are the same for a full build and a <c>serve</c> rebuild,
/// and what differs is a strategy beside them, so no stage may know the incremental run (or test which strategy runs it).</summary>
public sealed class PipelineStagesTests
{
    private const string IncrementalNamespace = "Hotpass.Docs.Pipeline.Incremental";

    [Fact]
    public void No_stage_uses_the_incremental_run_or_tests_its_strategy()
    {
        var stageTrees = GeneratorCompilation.Compilation.SyntaxTrees
            .Where(t => GeneratorCompilation.IsGeneratorFile(t) && GeneratorCompilation.RelativePath(t).StartsWith("Pipeline/Stages/", StringComparison.Ordinal))
            .ToList();
        Assert.True(stageTrees.Count >= 8, "expected the stage files under Pipeline/Stages");

        var found = new List<string>();
        foreach (var tree in stageTrees)
        {
            var model = GeneratorCompilation.Compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes(n => n is not UsingDirectiveSyntax).OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (type?.ContainingNamespace.ToDisplayString() == IncrementalNamespace
                    || type?.Name == "FullBuild")
                    found.Add($"{GeneratorCompilation.RelativePath(tree)}({name.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {name}");
            }
        }
        Assert.True(found.Count == 0, "Stages that know which strategy runs them:\n" + string.Join('\n', found));
    }
}
