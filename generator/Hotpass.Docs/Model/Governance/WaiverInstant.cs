using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotpass.Docs.Model.Governance;

/// <summary>A waiver's <c>approved_on</c> and <c>expires</c>: a day (<c>2025-12-01</c>, read as its first instant in
/// UTC, so a waiver "expiring 1 December" has lapsed for all of that day: fail closed) or a timestamp with a zone.</summary>
internal static partial class WaiverInstant
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public const string Expected = "must be a day (yyyy-MM-dd, read as 00:00 UTC) or a timestamp with a zone (2025-12-01T09:00:00Z)";

    public static DateTimeOffset? Parse(string text) =>
        Shape().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : null;
}
