using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Fluid;
using Fluid.Values;

namespace Hotpass.Docs.Render.Templates;

/// <summary>How templates read the view records: each public property under its snake_case name, through a delegate
/// made once from its getter. Text, flags, numbers and records reach Fluid as the values it would make of them; lists
/// as themselves, for Fluid to make its arrays of.</summary>
/// <remarks>Fluid's default strategy, compiled ahead of time, reflects on every read, then converts and type-checks what
/// it read: member reads were almost half of the template CPU of a 4,000-page build; reading through delegates took a
/// tenth to a fifth off it (CPU samples of three builds).</remarks>
internal sealed class ViewMemberAccess : MemberAccessStrategy
{
    private readonly Dictionary<Type, Dictionary<string, IMemberAccessor>> _types = new(ReferenceEqualityComparer.Instance);

    public ViewMemberAccess() => MemberNameStrategy = MemberNameStrategies.SnakeCase;

    /// <summary>Makes the public properties of <typeparamref name="T"/> readable (the generic parameter keeps them
    /// visible to the trimmer).</summary>
    public ViewMemberAccess Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>() where T : class
    {
        var members = Members(typeof(T));
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (property.GetIndexParameters().Length == 0 && property.GetGetMethod() is { } getter)
                members[MemberNameStrategy(property)] = Accessor<T>(property.PropertyType, getter);
        return this;
    }

    public override IMemberAccessor? GetAccessor(Type type, string name) =>
        _types.TryGetValue(type, out var members) && members.TryGetValue(name, out var accessor) ? accessor : null;

    public override void Register(Type type, IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors)
    {
        var members = Members(type);
        foreach (var (name, accessor) in accessors) members[name] = accessor;
    }

    private Dictionary<string, IMemberAccessor> Members(Type type)
    {
        if (!_types.TryGetValue(type, out var members)) _types[type] = members = new Dictionary<string, IMemberAccessor>(StringComparer.Ordinal);
        return members;
    }

    private static IMemberAccessor Accessor<T>(Type type, MethodInfo getter) where T : class
    {
        if (type == typeof(string)) return new Member<T, string?>(getter.CreateDelegate<Func<T, string?>>(), static s => s is null ? NilValue.Instance : new StringValue(s));
        if (type == typeof(bool)) return new Member<T, bool>(getter.CreateDelegate<Func<T, bool>>(), static b => BooleanValue.Create(b));
        if (type == typeof(int)) return new Member<T, int>(getter.CreateDelegate<Func<T, int>>(), static n => NumberValue.Create(n));
        // Any other value type is boxed by reflection, as Fluid would; no view record has one today.
        if (type.IsValueType) return new Boxed(getter);
        // A list is left for Fluid to make its array of; a record is wrapped here as Fluid would wrap it.
        if (typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) return new Member<T, object?>(getter.CreateDelegate<Func<T, object?>>(), static o => o);
        return new Member<T, object?>(getter.CreateDelegate<Func<T, object?>>(), static o => o is null ? NilValue.Instance : new ObjectValue(o));
    }

    private sealed class Member<T, TValue>(Func<T, TValue> read, Func<TValue, object?> convert) : IMemberAccessor where T : class
    {
        public object? Get(object obj, string name, TemplateContext ctx) => convert(read((T)obj));
    }

    private sealed class Boxed(MethodInfo getter) : IMemberAccessor
    {
        public object? Get(object obj, string name, TemplateContext ctx) => getter.Invoke(obj, null);
    }
}
