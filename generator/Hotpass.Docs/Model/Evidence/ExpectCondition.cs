using System.Globalization;
using Hotpass.Docs.Load.Evidence;

namespace Hotpass.Docs.Model.Evidence;

/// <summary>One <c>expect:</c> condition over a fact: equal to a value, or at least / at most a number
/// (<c>coverage_line_min: 80</c>).</summary>
/// <param name="Written">The key as written (<c>coverage_line_min</c>), for messages.</param>
internal sealed record ExpectCondition(string Written, string Fact, ExpectComparison Comparison, string Value)
{
    /// <summary>Null when <paramref name="actual"/> satisfies the condition, else what is wrong.</summary>
    public string? Broken(FactValue actual)
    {
        var wanted = double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null;
        var ok = Comparison switch
        {
            ExpectComparison.AtLeast => actual.Number >= wanted,
            ExpectComparison.AtMost => actual.Number <= wanted,
            _ => actual.Number is { } a && wanted is { } w ? a == w : string.Equals(actual.ToString(), Value, StringComparison.OrdinalIgnoreCase),
        };
        if (ok) return null;
        var relation = Comparison switch
        {
            ExpectComparison.AtLeast => "at least ",
            ExpectComparison.AtMost => "at most ",
            _ => "",
        };
        return $"{Fact} is {actual}, expected {relation}{Value}";
    }
}

/// <summary>How an <see cref="ExpectCondition"/> compares.</summary>
internal enum ExpectComparison
{
    Equal,
    AtLeast,
    AtMost,
}
