using Hotpass.Docs.Load.Evidence.Facts;

namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>Accumulates what CycloneDX and SPDX readers see while streaming, then freezes it into <see cref="SbomFacts"/>.</summary>
internal sealed class SbomTally
{
    private static readonly string[] SeverityOrder = ["unknown", "none", "info", "low", "medium", "high", "critical"];

    private readonly SortedDictionary<string, int> _byType = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _licenses = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _vulnerabilities = new(StringComparer.Ordinal);
    private readonly List<string> _tools = [];

    public string? SubjectName { get; set; }
    public string? SubjectVersion { get; set; }
    public string? Timestamp { get; set; }
    public string? SpecVersion { get; set; }
    public int Components { get; private set; }
    public int Services { get; set; }
    public int Files { get; set; }

    public void Component(string? type)
    {
        Components++;
        var key = string.IsNullOrEmpty(type) ? "unspecified" : type.ToLowerInvariant();
        _byType[key] = _byType.GetValueOrDefault(key) + 1;
    }

    public void License(string? license)
    {
        if (!string.IsNullOrWhiteSpace(license) && license is not "NOASSERTION" and not "NONE") _licenses.Add(license.Trim());
    }

    public void Tool(string? vendor, string? name, string? version)
    {
        var label = string.Join(' ', new[] { name ?? vendor, version }.Where(s => !string.IsNullOrEmpty(s)));
        if (label.Length > 0) _tools.Add(label);
    }

    /// <summary>A vulnerability with the severities of its ratings; the highest counts.</summary>
    public void Vulnerability(IEnumerable<string?> severities)
    {
        var best = 0;
        foreach (var s in severities)
        {
            var rank = Array.IndexOf(SeverityOrder, (s ?? "unknown").ToLowerInvariant());
            if (rank > best) best = rank;
        }
        var key = SeverityOrder[best];
        _vulnerabilities[key] = _vulnerabilities.GetValueOrDefault(key) + 1;
    }

    public SbomFacts ToFacts() => new(
        SubjectName, SubjectVersion, Components, _byType, [.. _licenses], _vulnerabilities, [.. _tools], Services, Files);
}
