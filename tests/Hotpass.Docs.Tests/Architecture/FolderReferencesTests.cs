using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hotpass.Docs.Tests.Architecture;

/// <summary>What <see cref="FolderReferences"/> counts as a use of another folder, on small sources compiled here.</summary>
public sealed class FolderReferencesTests
{
    private const string Lower =
        """
        namespace Hotpass.Docs.Low;
        public sealed class Thing { public int Size => 1; public static Thing Make() => new(); }
        public static class Things { public static int Count(this Thing t) => t.Size; public static int Apply(System.Func<Thing, int> f) => f(new()); }
        """;

    [Fact]
    public void A_using_that_nothing_needs_is_not_a_use()
    {
        Assert.Empty(UsesOfLow("using Hotpass.Docs.Low; namespace Hotpass.Docs.High; internal static class A { }"));
    }

    [Fact]
    public void A_fully_qualified_name_is_a_use()
    {
        Assert.Equal(["Hotpass.Docs.Low.Thing"], UsesOfLow("namespace Hotpass.Docs.High; internal static class A { static object M() => new Hotpass.Docs.Low.Thing(); }"));
    }

    [Fact]
    public void A_member_reached_through_var_is_a_use_of_its_type()
    {
        // The file names no type of Low: Make is imported statically, Size and Count are reached through var.
        var uses = UsesOfLow(
            "using static Hotpass.Docs.Low.Thing; using Hotpass.Docs.Low; namespace Hotpass.Docs.High; internal static class B { static int M() { var t = Make(); return t.Size + t.Count(); } }");
        Assert.Equal(["Hotpass.Docs.Low.Thing", "Hotpass.Docs.Low.Things"], uses);
    }

    [Fact]
    public void The_type_of_an_inferred_lambda_parameter_is_a_use()
    {
        var uses = UsesOfLow("namespace Hotpass.Docs.High; internal static class A { static int M() => Hotpass.Docs.Low.Things.Apply(t => 0); }");
        Assert.Equal(["Hotpass.Docs.Low.Thing", "Hotpass.Docs.Low.Things"], uses);
    }

    private static string[] UsesOfLow(params string[] high)
    {
        var trees = high.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"High/F{i}.cs")).Append(CSharpSyntaxTree.ParseText(Lower, path: "Low/Thing.cs"));
        var compilation = CSharpCompilation.Create("Layers", trees, GeneratorCompilation.Compilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return [.. FolderReferences.Find(compilation, t => t.FilePath).Where(r => r.FromFolder == "High").Select(r => r.ToType).Distinct().Order(StringComparer.Ordinal)];
    }
}
