using System.Globalization;
using System.Text.Json;
using Hotpass.Docs.Diagnostics.Formatting;

namespace Hotpass.Docs.Verify;

/// <summary>Writes a <see cref="VerifyReport"/> for a person (a line per difference, both digests under it, then one
/// summary line) or as JSON for a script.</summary>
public static class VerifyText
{
    public static void Write(TextWriter output, VerifyReport report)
    {
        foreach (var finding in report.Findings)
        {
            output.WriteLine($"{finding.Problem,-12} {finding.Path} ({finding.Against})");
            if (finding.Expected is { } expected) output.WriteLine($"{"",-12} listed sha256:{expected}");
            if (finding.Found is { } found) output.WriteLine($"{"",-12} found  sha256:{found}");
        }
        foreach (var problem in report.Problems) output.WriteLine($"{"unreadable",-12} {problem}");
        output.WriteLine(Summary(report));
    }

    public static string Summary(VerifyReport report)
    {
        var what = string.Create(CultureInfo.InvariantCulture,
            $"{report.Files} files in manifest.json, {report.EvidenceFiles} in evidence-manifest.json");
        var statements = report.Statements.Count == 0 ? "no statement" : string.Join(" and ", report.Statements);
        if (report.Verified)
            return report.Statements.Count == 0
                ? $"hotpass-docs verify: '{report.Site}' verified: {what}; it has no statement to check (built before statements were written)"
                : $"hotpass-docs verify: '{report.Site}' verified: {what}; every subject of {statements} matches";
        var counts = report.Findings.GroupBy(f => f.Problem).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"))
            .Concat(report.Problems.Count > 0 ? [string.Create(CultureInfo.InvariantCulture, $"{report.Problems.Count} unreadable")] : []);
        return $"hotpass-docs verify: '{report.Site}' does NOT match what it says of itself: {string.Join(", ", counts)} ({what}; checked against {statements})";
    }

    public static void WriteJson(TextWriter output, VerifyReport report) => JsonText.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("site", report.Site);
        json.WriteBoolean("verified", report.Verified);
        json.WriteNumber("files", report.Files);
        json.WriteNumber("evidence_files", report.EvidenceFiles);
        json.WriteStartArray("statements");
        foreach (var statement in report.Statements) json.WriteStringValue(statement);
        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("problem", finding.Problem);
            json.WriteString("path", finding.Path);
            json.WriteString("against", finding.Against);
            Nullable(json, "expected_sha256", finding.Expected);
            Nullable(json, "found_sha256", finding.Found);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("unreadable");
        foreach (var problem in report.Problems) json.WriteStringValue(problem);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
