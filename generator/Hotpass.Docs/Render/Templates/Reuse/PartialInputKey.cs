using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Hotpass.Docs.Render.Templates.Reuse;

/// <summary>The values a partial's inputs hold at one include, compared so that equal keys mean equal output: text and
/// numbers by value, the view's records and lists by identity (they are immutable once built, and pages that show the
/// same navigation share one instance).</summary>
internal sealed class PartialInputKey : IEquatable<PartialInputKey>
{
    private readonly object?[] _values;
    private readonly int _hash;

    private PartialInputKey(object?[] values)
    {
        _values = values;
        var hash = new HashCode();
        foreach (var value in values) hash.Add(HashOf(value));
        _hash = hash.ToHashCode();
    }

    /// <summary>The key of <paramref name="names"/> as the partial would read them in <paramref name="context"/>: the
    /// innermost scope that sets a name, else the page's view. Null when a value cannot be compared safely (a loop's
    /// counters, a list made by a filter), and the partial is then rendered afresh.</summary>
    public static PartialInputKey? Read(IReadOnlyList<string> names, TextEncoder encoder, TemplateContext context)
    {
        var values = new object?[names.Count + 1];
        values[0] = encoder;
        for (var i = 0; i < names.Count; i++)
        {
            if (!TryRead(names[i], context, out var value)) return null;
            values[i + 1] = value;
        }
        return new PartialInputKey(values);
    }

    private static bool TryRead(string name, TemplateContext context, out object? value)
    {
        var scoped = context.GetValue(name);
        if (!scoped.IsNil()) return TryKeyOf(scoped, out value);
        // Fluid reads a name no scope sets from the model, as a member expression does.
        value = null;
        if (context.Model is not { } model) return true;
        if (model.ToObjectValue() is { } view && context.Options.MemberAccessStrategy.GetAccessor(view.GetType(), name) is { } accessor
            && accessor is not IAsyncMemberAccessor)
        {
            // The theme's accessors (ViewMemberAccess) hand back Fluid values for text, numbers and records, lists as they are.
            value = accessor.Get(view, name, context);
            if (value is not FluidValue fluid) return true;
            if (fluid.IsNil())
            {
                value = null;
                return true;
            }
            return TryKeyOf(fluid, out value);
        }
        var member = model.GetValueAsync(name, context).AsTask();
        return member.IsCompletedSuccessfully && (member.Result.IsNil() || TryKeyOf(member.Result, out value));
    }

    private static bool TryKeyOf(FluidValue fluid, out object? value)
    {
        value = fluid switch
        {
            StringValue text => new EncodedText(text.ToStringValue(), text.Encode),
            NumberValue number => number.ToNumberValue(),
            BooleanValue boolean => boolean.ToBooleanValue(),
            ObjectValue wrapped => wrapped.ToObjectValue(),
            _ => null,
        };
        return value is not null;
    }

    public bool Equals(PartialInputKey? other)
    {
        if (other is null || other._hash != _hash || other._values.Length != _values.Length) return false;
        for (var i = 0; i < _values.Length; i++)
            if (!Same(_values[i], other._values[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PartialInputKey);

    public override int GetHashCode() => _hash;

    private static bool Same(object? a, object? b) => a switch
    {
        null => b is null,
        string text => b is string other && string.Equals(text, other, StringComparison.Ordinal),
        _ when a.GetType().IsValueType => a.Equals(b),
        _ => ReferenceEquals(a, b),
    };

    private static int HashOf(object? value) => value switch
    {
        null => 0,
        string text => StringComparer.Ordinal.GetHashCode(text),
        _ when value.GetType().IsValueType => value.GetHashCode(),
        _ => RuntimeHelpers.GetHashCode(value),
    };

    /// <summary>A text value with whether Fluid escapes it on output (a <c>raw</c> value is not).</summary>
    private readonly record struct EncodedText(string Text, bool Encode);
}
