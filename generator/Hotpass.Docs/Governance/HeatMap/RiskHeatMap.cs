using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.HeatMap;

/// <summary>Which risks sit at each severity × occurrence pair (1–10 each); risks missing either score are counted apart.</summary>
internal sealed class RiskHeatMap
{
    private readonly List<Risk>?[,] _cells = new List<Risk>?[10, 10];

    /// <param name="risks">In the order each cell lists them (the register's: highest RPN first).</param>
    public RiskHeatMap(IEnumerable<Risk> risks)
    {
        foreach (var risk in risks)
        {
            if (risk.Severity is { } s && risk.Occurrence is { } o)
            {
                (_cells[s - 1, o - 1] ??= []).Add(risk);
                Plotted++;
            }
            else Unscored++;
        }
    }

    public int Plotted { get; }

    /// <summary>Risks left off the grid because a score is missing or invalid.</summary>
    public int Unscored { get; }

    public int Count(int severity, int occurrence) => _cells[severity - 1, occurrence - 1]?.Count ?? 0;

    /// <summary>The risks a cell counts, in the order they were given.</summary>
    public IReadOnlyList<Risk> RisksAt(int severity, int occurrence) => _cells[severity - 1, occurrence - 1] ?? [];

    /// <summary>The band a cell is drawn in, from severity × occurrence: high from 50, medium from 20, else low.</summary>
    public static string Band(int severity, int occurrence) => (severity * occurrence) switch
    {
        >= 50 => "high",
        >= 20 => "medium",
        _ => "low",
    };
}
