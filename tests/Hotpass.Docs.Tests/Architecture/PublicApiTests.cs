using System.Reflection;
using System.Text;
using Hotpass.Docs.Pipeline;
using Hotpass.Docs.Tests.TestSupport;

namespace Hotpass.Docs.Tests.Architecture;

/// <summary>The library's surface is deliberate: internal by default, public only what the command line, a plug-in
/// (<see cref="SitePipelineBuilder"/> with its checks) or a reader of the model needs. Every public type and member is
/// recorded in <c>Golden/api/PublicApi.txt</c>, so widening or changing the surface is a reviewed change to that file.</summary>
public sealed class PublicApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void The_public_api_is_the_one_recorded()
    {
        var text = new StringBuilder();
        foreach (var type in typeof(SitePipeline).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Describe(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal)) text.Append("  ").Append(member).Append('\n');
        }
        Golden.Verify("api/PublicApi.txt", text.ToString());
    }

    [Fact]
    public void Most_of_the_library_is_internal()
    {
        var types = typeof(SitePipeline).Assembly.GetTypes().Where(t => !t.IsNested && !t.Name.StartsWith('<')).ToList();
        var exported = types.Count(t => t.IsPublic);
        Assert.True(exported * 3 < types.Count, $"{exported} of {types.Count} top-level types are public; keep what no caller outside needs internal");
    }

    private static string Describe(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct"
            : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) bases.Add(Name(b));
        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type)) yield return name;
            yield break;
        }
        foreach (var member in type.GetMembers(Declared))
        {
            if (member.Name.StartsWith('<')) continue;
            switch (member)
            {
                case ConstructorInfo c when Visible(c):
                    yield return $"ctor({Parameters(c)})";
                    break;
                case MethodInfo m when Visible(m) && !m.IsSpecialName:
                    yield return $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})";
                    break;
                case PropertyInfo p when (p.GetMethod is { } get && Visible(get)) || (p.SetMethod is { } set && Visible(set)):
                    var accessors = (p.GetMethod is { } g && Visible(g) ? "get; " : "") + (p.SetMethod is { } s && Visible(s) ? (IsInit(s) ? "init; " : "set; ") : "");
                    yield return $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name}{Indexer(p)} {{ {accessors}}}";
                    break;
                case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                    yield return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}";
                    break;
                case EventInfo e when e.AddMethod is { } add && Visible(add):
                    yield return $"event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Indexer(PropertyInfo p) =>
        p.GetIndexParameters() is { Length: > 0 } index ? "[" + string.Join(", ", index.Select(i => Name(i.ParameterType))) + "]" : "";

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Name(Type type)
    {
        if (type.IsByRef) return Name(type.GetElementType()!);
        if (type.IsArray) return Name(type.GetElementType()!) + "[]";
        if (type.IsGenericParameter) return type.Name;
        if (Nullable.GetUnderlyingType(type) is { } inner) return Name(inner) + "?";
        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType) return name;
        return name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
