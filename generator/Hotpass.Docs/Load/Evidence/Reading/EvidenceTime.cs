using System.Globalization;
using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>Reads the many ways reports write a time. A time without a zone is taken as UTC, which is what CI
/// runners use; the reference page says so.</summary>
internal static class EvidenceTime
{
    private static readonly string[] UtcSuffixes = [" UTC", " GMT", " Z"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        foreach (var suffix in UtcSuffixes)
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) value = value[..^suffix.Length] + "Z";
        // A bare date or a year alone would parse; evidence times must name at least an hour.
        if (value.Length < 13 || !char.IsDigit(value[0])) return null;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>Like <see cref="Parse(string?)"/>, reporting a time that is present but unreadable (HPD412) rather than dropping it silently.</summary>
    /// <param name="what">Where in the file the time was, for the message (<c>metadata.timestamp</c>).</param>
    public static DateTimeOffset? Parse(string? text, string what, EvidenceInput input, DiagnosticBag diagnostics)
    {
        var time = Parse(text);
        if (!string.IsNullOrWhiteSpace(text) && time is null) diagnostics.Report(DiagnosticCodes.EvidenceBadTime, input.FileLocation, what, text);
        return time;
    }

    /// <summary>Seconds or milliseconds since the epoch (Cobertura writes both); anything before 2000 is taken as seconds.</summary>
    public static DateTimeOffset? FromEpoch(string? text)
    {
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        try
        {
            return n > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(n) : DateTimeOffset.FromUnixTimeSeconds(n);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;

    public static double? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && double.IsFinite(s) && s >= 0 ? s : null;
}
