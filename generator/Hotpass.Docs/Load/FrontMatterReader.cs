using System.Globalization;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Yaml;
using Hotpass.Docs.Text;

namespace Hotpass.Docs.Load;

/// <summary>Reads a page's front matter into <see cref="FrontMatter"/>, reporting each bad field where it stands.</summary>
internal static class FrontMatterReader
{
    /// <summary>Keys the generator understands; risks and controls are read by the governance stage.</summary>
    public static IReadOnlySet<string> KnownKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "summary", "type", "owner", "last_reviewed", "last_updated", "review_every", "order", "controls", "risks", "governance_tables", "waivers",
    };

    public static FrontMatter Read(FrontMatterBlock block, string path, DiagnosticBag diagnostics)
    {
        if (block.Unclosed)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterUnclosed, new SourceLocation(path, 1, 1));
            return FrontMatter.Empty;
        }
        if (block.Yaml is null)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterMissing, new SourceLocation(path, 1, 1));
            return FrontMatter.Empty;
        }

        var node = YamlDocumentReader.Read(block.Yaml, path, block.YamlFirstLine, diagnostics);
        if (node is null && string.IsNullOrWhiteSpace(block.Yaml))
            node = new YamlMapping([], new SourceLocation(path, block.YamlFirstLine, 1));
        if (node is null) return FrontMatter.Empty;
        if (node is not YamlMapping map)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterNotMapping, node.Location);
            return FrontMatter.Empty;
        }

        foreach (var entry in map.Entries)
            if (!KnownKeys.Contains(entry.Key.Value))
                diagnostics.Report(DiagnosticCodes.UnknownField, entry.Key.Location, entry.Key.Value, DidYouMean.Suffix(entry.Key.Value, KnownKeys));

        var fields = new FieldReader(map, diagnostics);
        var title = fields.Text("title");
        if (string.IsNullOrWhiteSpace(title) && map["title"] is null or YamlScalar)
            diagnostics.Report(DiagnosticCodes.TitleMissing, map["title"]?.Location ?? new SourceLocation(path, 1, 1));

        var (type, typeLocation) = ReadType(map, fields, diagnostics);
        var (lastReviewed, lastReviewedLocation) = ReadDate(map, fields, diagnostics);
        var reviewEvery = ReadDuration(fields, diagnostics);
        if (lastReviewed is { } last && reviewEvery is { } every
            && every.TryAddTo(new DateTimeOffset(last.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) is null)
            diagnostics.Report(DiagnosticCodes.FieldInvalid, map["review_every"]!.Location, "review_every",
                string.Create(CultureInfo.InvariantCulture, $"puts the next review after {last:yyyy-MM-dd} past the end of the calendar (9999-12-31)"));
        return new FrontMatter(
            string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            fields.Text("summary"),
            type,
            typeLocation,
            fields.Text("owner"),
            lastReviewed,
            lastReviewedLocation,
            reviewEvery,
            ReadOrder(fields, diagnostics),
            fields.IdList("controls", skipMappings: true),
            map)
        {
            LastUpdated = ReadLastUpdated(fields, diagnostics),
        };
    }

    private static readonly string[] InstantFormats = ["yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK"];

    /// <summary><c>last_updated</c>: a day, or a timestamp with its offset (what <c>git log --format=%cI</c> prints),
    /// taken as its UTC day.</summary>
    private static DateOnly? ReadLastUpdated(FieldReader fields, DiagnosticBag diagnostics)
    {
        var node = fields.Scalar("last_updated");
        if (node is null) return null;
        if (DateOnly.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (DateTimeOffset.TryParseExact(node.Value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return DateOnly.FromDateTime(instant.UtcDateTime);
        diagnostics.Report(DiagnosticCodes.FieldInvalid, node.Location, "last_updated",
            $"must be a date written yyyy-MM-dd or a timestamp with its offset (2025-11-20T10:00:00Z), not '{node.Value}'");
        return null;
    }

    private static (DiataxisType?, SourceLocation?) ReadType(YamlMapping map, FieldReader fields, DiagnosticBag diagnostics)
    {
        var text = fields.Text("type");
        if (text is null) return (null, null);
        var at = map["type"]!.Location;
        if (DiataxisTypeNames.TryParse(text, out var type)) return (type, at);
        diagnostics.Report(DiagnosticCodes.UnknownDiataxisType, at, text);
        return (null, at);
    }

    private static (DateOnly?, SourceLocation?) ReadDate(YamlMapping map, FieldReader fields, DiagnosticBag diagnostics)
    {
        var text = fields.Text("last_reviewed");
        if (text is null) return (null, null);
        var at = map["last_reviewed"]!.Location;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (date, at);
        diagnostics.Report(DiagnosticCodes.FieldInvalid, at, "last_reviewed", $"must be a date written yyyy-MM-dd, not '{text}'");
        return (null, at);
    }

    private static IsoDuration? ReadDuration(FieldReader fields, DiagnosticBag diagnostics)
    {
        var node = fields.Scalar("review_every");
        if (node is null) return null;
        if (IsoDuration.TryParse(node.Value, out var duration)) return duration;
        diagnostics.Report(DiagnosticCodes.FieldInvalid, node.Location, "review_every", $"must be an ISO 8601 duration such as P90D, not '{node.Value}'");
        return null;
    }

    private static int? ReadOrder(FieldReader fields, DiagnosticBag diagnostics)
    {
        var node = fields.Scalar("order");
        if (node is null) return null;
        if (int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order)) return order;
        diagnostics.Report(DiagnosticCodes.FieldInvalid, node.Location, "order", $"must be a whole number, not '{node.Value}'");
        return null;
    }
}
