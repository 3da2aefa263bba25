using System.Globalization;

namespace Hotpass.Docs.Text;

/// <summary>The one way the tool writes an instant or a day, always in UTC and the invariant culture, so no page,
/// export or message depends on the machine's time zone or culture, and the same instant reads the same everywhere.</summary>
public static class Timestamps
{
    /// <summary>For readers: <c>2025-11-20 10:00 UTC</c>.</summary>
    public static string Reading(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>For machines (JSON, <c>datetime</c> attributes): ISO 8601 in UTC to the second, <c>2025-11-20T10:00:00Z</c>.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A calendar day, <c>2025-11-20</c>; an instant's day is its UTC day.</summary>
    public static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Day(DateTimeOffset)"/>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
