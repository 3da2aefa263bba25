using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotpass.Docs.Text;

/// <summary>An ISO 8601 duration (P1Y2M10DT2H30M, P2W) applied on the calendar, so P1M after 31 January is the end of February.</summary>
public sealed partial record IsoDuration(int Years, int Months, int Weeks, int Days, TimeSpan Time)
{
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = new IsoDuration(0, 0, 0, 0, TimeSpan.Zero);
        if (string.IsNullOrEmpty(text) || text == "P" || text.EndsWith('T')) return false;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        try
        {
            int Part(int i) => match.Groups[i].Success ? int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture) : 0;
            var seconds = match.Groups[7].Success ? double.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
            var time = TimeSpan.FromHours(Part(5)) + TimeSpan.FromMinutes(Part(6)) + TimeSpan.FromSeconds(seconds);
            duration = new IsoDuration(Part(1), Part(2), Part(3), Part(4), time);
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return false; // a part too large for the calendar (PT2147483647H) is not a duration we can use
        }
    }

    /// <summary>The end of the duration from <paramref name="start"/>, saturated at the calendar's last instant
    /// (9999-12-31T23:59:59.9999999Z) when it would fall past it: evidence under a cadence of <c>P9000Y</c>, or dated
    /// 9999-12-31 under a monthly one, goes stale at the calendar's end, never later than its cadence says.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start) => TryAddTo(start) ?? DateTimeOffset.MaxValue;

    /// <summary>The end of the duration from <paramref name="start"/>; null when it would fall past the calendar's
    /// end (9999-12-31), as <c>P10001Y</c> or <c>P400000000W</c> do.</summary>
    public DateTimeOffset? TryAddTo(DateTimeOffset start)
    {
        // Each part on its own is bounded by the calendar's 10,000 years, so the arithmetic below cannot overflow.
        var days = ((long)Weeks * 7) + Days;
        if (Years > 10_000 || Months > 120_000 || days > 3_660_000) return null;
        var end = start;
        try
        {
            end = end.AddYears(Years).AddMonths(Months).AddDays(days);
            return Time > DateTimeOffset.MaxValue - end ? null : end.Add(Time);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
