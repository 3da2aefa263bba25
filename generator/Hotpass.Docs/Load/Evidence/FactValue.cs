using System.Globalization;

namespace Hotpass.Docs.Load.Evidence;

/// <summary>One value of the flat fact view: a number or a text, compared by <c>expect:</c> conditions.</summary>
public readonly record struct FactValue(double? Number, string? Text)
{
    public static FactValue Of(double number) => new(number, null);

    public static FactValue Of(string text) => new(null, text);

    public override string ToString() =>
        Number is { } n ? n.ToString("0.####", CultureInfo.InvariantCulture) : Text ?? "";
}
