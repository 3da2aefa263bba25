using Hotpass.Docs.Model.Governance;

namespace Hotpass.Docs.Governance.HeatMap;

/// <summary>How many risks sit at each severity × occurrence pair (1–10 each); risks missing either score are counted apart.</summary>
internal sealed class RiskHeatMap
{
    private readonly int[,] _counts = new int[10, 10];

    public RiskHeatMap(IEnumerable<Risk> risks)
    {
        foreach (var risk in risks)
        {
            if (risk.Severity is { } s && risk.Occurrence is { } o)
            {
                _counts[s - 1, o - 1]++;
                Plotted++;
            }
            else Unscored++;
        }
    }

    public int Plotted { get; }

    /// <summary>Risks left off the grid because a score is missing or invalid.</summary>
    public int Unscored { get; }

    public int Count(int severity, int occurrence) => _counts[severity - 1, occurrence - 1];

    /// <summary>The band a cell is drawn in, from severity × occurrence: high from 50, medium from 20, else low.</summary>
    public static string Band(int severity, int occurrence) => (severity * occurrence) switch
    {
        >= 50 => "high",
        >= 20 => "medium",
        _ => "low",
    };
}
